-- migration: V1__setup.sql
CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text);
-- migration: V2__drop.sql
SET lock_timeout = '5s';
-- expect: drop-table
DROP TABLE users;
CREATE TABLE scratch (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
DROP TABLE scratch;
DROP VIEW IF EXISTS old_view;
