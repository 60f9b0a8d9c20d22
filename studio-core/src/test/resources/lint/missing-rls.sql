-- context: rlsRequired=true
-- context: exposedSchemas=public,api
-- migration: V1__tables.sql
CREATE SCHEMA private;
CREATE SCHEMA api;
-- expect: missing-rls
CREATE TABLE notes (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, body text);
-- expect: missing-rls
CREATE TABLE api.todos (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
CREATE TABLE profiles (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
ALTER TABLE profiles ENABLE ROW LEVEL SECURITY;
CREATE TABLE private.secrets (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
CREATE TEMPORARY TABLE scratch (id bigint);
