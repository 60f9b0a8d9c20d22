-- migration: V1__setup.sql
CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text, name text);
CREATE TABLE events (id bigint, at timestamptz) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- migration: V2__mixed.sql
COMMENT ON TABLE users IS 'people';
-- expect: concurrent-in-transaction
CREATE INDEX CONCURRENTLY idx_users_email ON users (email);
-- migration: V3__alone.sql
CREATE INDEX CONCURRENTLY idx_users_name ON users (name);
-- migration: V4__detach.sql
SET lock_timeout = '5s';
-- expect: concurrent-in-transaction
ALTER TABLE events DETACH PARTITION events_2024 CONCURRENTLY;
-- migration: index-changeset liquibase
-- expect: concurrent-in-transaction
CREATE INDEX CONCURRENTLY idx_users_email_2 ON users (email);
-- migration: index-changeset-2 liquibase transactional=false
CREATE INDEX CONCURRENTLY idx_users_email_3 ON users (email);
