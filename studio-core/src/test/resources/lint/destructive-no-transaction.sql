-- migration: V1__setup.sql
CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text, legacy text);
CREATE TABLE audit (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
-- migration: V2__cleanup.sql transactional=false
SET lock_timeout = '5s';
-- expect: drop-column, destructive-no-transaction
ALTER TABLE users DROP COLUMN legacy;
-- expect: drop-table, destructive-no-transaction
DROP TABLE audit;
ALTER TABLE users ADD COLUMN nickname text;
-- migration: V3__in_transaction.sql
SET lock_timeout = '5s';
-- expect: drop-column
ALTER TABLE users DROP COLUMN nickname;
