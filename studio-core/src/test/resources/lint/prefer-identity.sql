-- migration: V1__tables.sql
-- expect: prefer-identity
CREATE TABLE users (id bigserial PRIMARY KEY);
CREATE TABLE teams (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
