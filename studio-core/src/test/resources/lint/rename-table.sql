-- migration: V1__setup.sql
CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
CREATE TABLE teams (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
-- migration: V2__rename.sql
SET lock_timeout = '5s';
-- expect: rename-table
ALTER TABLE users RENAME TO accounts;
ALTER TABLE teams RENAME TO groups;
CREATE VIEW teams AS SELECT * FROM groups;
