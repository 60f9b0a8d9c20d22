-- migration: V1__setup.sql
CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
-- migration: V2__columns.sql
SET lock_timeout = '5s';
-- expect: add-column-required
ALTER TABLE users ADD COLUMN email text NOT NULL;
ALTER TABLE users ADD COLUMN status text NOT NULL DEFAULT 'active';
ALTER TABLE users ADD COLUMN nickname text;
