-- migration: V1__setup.sql
CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text);
-- migration: V2__changes.sql
SET lock_timeout = '5s';
-- expect: unknown-suppression, drop-column
-- studio:ignore drop-colum -- typo in the rule id
ALTER TABLE users DROP COLUMN email;
-- expect: unknown-suppression, suppression-without-reason
-- studio:ignore
ALTER TABLE users ADD COLUMN nickname text;
