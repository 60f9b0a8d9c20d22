-- migration: V1__wrapped.sql
-- expect: transaction-control
BEGIN;
CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
-- expect: transaction-control
COMMIT;
-- migration: V2__own_transaction.sql transactional=false
BEGIN;
CREATE TABLE teams (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
COMMIT;
