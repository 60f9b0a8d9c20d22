-- a plain PostgreSQL history with no RLS, policy or API grant anywhere: new tables need no RLS
-- migration: V1__tables.sql
CREATE TABLE notes (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, body text);
