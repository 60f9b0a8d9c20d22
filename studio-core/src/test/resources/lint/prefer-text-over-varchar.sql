-- migration: V1__tables.sql
-- expect: prefer-text-over-varchar
CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email varchar(255));
CREATE TABLE teams (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name varchar, slug text CHECK (char_length(slug) <= 40));
