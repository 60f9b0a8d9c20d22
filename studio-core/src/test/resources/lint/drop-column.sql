-- migration: V1__setup.sql
CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text, legacy text);
-- migration: V2__drop_column.sql
SET lock_timeout = '5s';
-- expect: drop-column
ALTER TABLE users DROP COLUMN legacy;
ALTER TABLE users ADD COLUMN nickname text;
CREATE TABLE drafts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, body text);
ALTER TABLE drafts DROP COLUMN body;
