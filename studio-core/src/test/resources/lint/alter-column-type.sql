-- migration: V1__setup.sql
-- expect: prefer-text-over-varchar, prefer-text-over-varchar
CREATE TABLE items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, code varchar(10), name varchar(50),
    price numeric(10,2), net cidr, qty text, ref bigint);
-- migration: V2__types.sql
SET lock_timeout = '5s';
ALTER TABLE items ALTER COLUMN code TYPE varchar(20);
ALTER TABLE items ALTER COLUMN name TYPE text;
ALTER TABLE items ALTER COLUMN price TYPE numeric(12,2);
ALTER TABLE items ALTER COLUMN net TYPE inet;
-- expect: alter-column-type
ALTER TABLE items ALTER COLUMN qty TYPE integer;
-- expect: alter-column-type
ALTER TABLE items ALTER COLUMN ref TYPE text USING ref::text;
-- expect: alter-column-type
ALTER TABLE items ALTER COLUMN code TYPE varchar(5);
