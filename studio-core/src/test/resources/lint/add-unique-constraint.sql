-- migration: V1__setup.sql
CREATE TABLE users (id bigint NOT NULL, email text);
-- migration: V2__constraints.sql
SET lock_timeout = '5s';
-- expect: add-unique-constraint
ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);
-- expect: add-unique-constraint
ALTER TABLE users ADD PRIMARY KEY (id);
-- migration: V3__using_index.sql
SET lock_timeout = '5s';
ALTER TABLE users ADD CONSTRAINT users_email_key2 UNIQUE USING INDEX users_email_idx;
CREATE TABLE teams (id bigint NOT NULL, name text);
ALTER TABLE teams ADD CONSTRAINT teams_name_key UNIQUE (name);
