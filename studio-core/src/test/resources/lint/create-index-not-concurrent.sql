-- migration: V1__setup.sql
CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text, name text);
CREATE TABLE events (id bigint, at timestamptz) PARTITION BY RANGE (at);
-- migration: V2__index.sql
SET lock_timeout = '5s';
-- expect: create-index-not-concurrent
CREATE INDEX idx_users_email ON users (email);
-- expect: create-index-not-concurrent
CREATE INDEX idx_events_at ON events (at);
CREATE TABLE teams (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text);
CREATE INDEX idx_teams_name ON teams (name);
-- migration: V3__concurrent.sql
CREATE INDEX CONCURRENTLY idx_users_name ON users (name);
-- migration: V4__materialized_view.sql
CREATE MATERIALIZED VIEW user_emails AS SELECT id, email FROM users WITH NO DATA;
-- a materialized view created in the same script is empty and unseen
CREATE UNIQUE INDEX user_emails_id_idx ON user_emails (id);
