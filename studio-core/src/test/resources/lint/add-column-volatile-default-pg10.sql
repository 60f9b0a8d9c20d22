-- context: pgVersion=10
-- migration: V1__setup.sql
CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
-- migration: V2__columns.sql
SET lock_timeout = '5s';
-- expect: add-column-volatile-default
ALTER TABLE users ADD COLUMN status text DEFAULT 'active';
ALTER TABLE users ADD COLUMN nickname text DEFAULT NULL;
