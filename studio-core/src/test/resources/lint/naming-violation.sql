-- migration: V1__create_users.sql
CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
-- migration: V2__add_orders.sql
CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
-- migration: V20240131093000__add_items.sql
-- expect: naming-violation
CREATE TABLE items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
-- migration: V3__.sql
-- expect: naming-violation
CREATE TABLE notes (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
