-- migration: V1__setup.sql
CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text);
-- migration: V2__truncate.sql
SET lock_timeout = '5s';
-- expect: truncate
TRUNCATE users;
-- expect: truncate
TRUNCATE TABLE users CASCADE;
CREATE TABLE scratch (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
-- a table created in the same script holds nothing yet
TRUNCATE scratch;
