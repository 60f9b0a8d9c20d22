-- migration: V1__tables.sql
-- expect: prefer-timestamptz
CREATE TABLE events (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, at timestamp);
-- expect: prefer-timestamptz
CREATE TABLE events2 (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, at timestamp(3) without time zone);
CREATE TABLE events3 (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, at timestamptz, day date);
