-- migration: V1__setup.sql
CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, mail text);
-- migration: V2__rename.sql
SET lock_timeout = '5s';
-- expect: rename-column
ALTER TABLE users RENAME COLUMN mail TO email;
CREATE TABLE drafts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, txt text);
ALTER TABLE drafts RENAME COLUMN txt TO body;
