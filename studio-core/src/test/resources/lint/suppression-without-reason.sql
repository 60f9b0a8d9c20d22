-- migration: V1__setup.sql
CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text, legacy text);
CREATE TABLE audit (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
-- migration: V2__changes.sql
-- studio:ignore-file drop-table -- audit moved to the warehouse in 2024
SET lock_timeout = '5s';
-- expect: suppression-without-reason
-- studio:ignore drop-column
ALTER TABLE users DROP COLUMN legacy;
DROP TABLE audit;
