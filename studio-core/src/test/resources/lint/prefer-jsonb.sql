-- migration: V1__tables.sql
-- expect: prefer-jsonb
CREATE TABLE events (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, payload json);
CREATE TABLE events2 (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, payload jsonb);
