-- migration: V1__setup.sql
CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text, name text);
CREATE INDEX idx_users_email ON users (email);
CREATE INDEX idx_users_name ON users (name);
-- migration: V2__drop.sql
SET lock_timeout = '5s';
-- expect: drop-index-not-concurrent
DROP INDEX idx_users_email;
CREATE TABLE teams (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text);
CREATE INDEX idx_teams_name ON teams (name);
DROP INDEX idx_teams_name;
-- migration: V3__drop_concurrently.sql
DROP INDEX CONCURRENTLY idx_users_name;
