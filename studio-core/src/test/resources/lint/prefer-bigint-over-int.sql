-- migration: V1__tables.sql
-- expect: prefer-bigint-over-int
CREATE TABLE users (id integer PRIMARY KEY, age integer);
-- expect: prefer-bigint-over-int
CREATE TABLE teams (id int GENERATED ALWAYS AS IDENTITY, size smallint, PRIMARY KEY (id));
CREATE TABLE items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, qty integer);
-- a line number inside a composite key is not a counter that runs out
CREATE TABLE order_lines (order_id bigint, line_no smallint, PRIMARY KEY (order_id, line_no));
