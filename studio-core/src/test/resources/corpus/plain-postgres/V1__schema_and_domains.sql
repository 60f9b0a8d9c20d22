/*
 * Shop schema for a plain PostgreSQL 17 server.
 * Domains carry the rules every table shares.
 */
CREATE SCHEMA IF NOT EXISTS shop;

CREATE DOMAIN shop.email AS text
  CHECK (VALUE ~* '^[^@\s]+@[^@\s]+\.[^@\s]+$');

CREATE DOMAIN shop.money_amount AS numeric(12, 2)
  NOT NULL
  CHECK (VALUE >= 0);

CREATE DOMAIN shop.country_code AS char(2)
  CHECK (VALUE ~ '^[A-Z]{2}$');
