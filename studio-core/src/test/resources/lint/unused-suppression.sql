-- migration: V1__setup.sql
CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text, legacy text);
-- migration: V2__changes.sql
SET lock_timeout = '5s';
-- studio:ignore drop-column -- column unused since 2023, checked in production
ALTER TABLE users DROP COLUMN legacy;
-- expect: unused-suppression
-- studio:ignore drop-table -- nothing to drop here
ALTER TABLE users ADD COLUMN nickname text;
