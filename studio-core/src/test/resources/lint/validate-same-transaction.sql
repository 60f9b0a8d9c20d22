-- migration: V1__setup.sql
CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, total numeric, qty integer);
-- migration: V2__add_and_validate.sql
SET lock_timeout = '5s';
ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total >= 0) NOT VALID;
-- expect: validate-same-transaction
ALTER TABLE orders VALIDATE CONSTRAINT orders_total_positive;
ALTER TABLE orders ADD CONSTRAINT orders_qty_positive CHECK (qty > 0) NOT VALID;
-- migration: V3__validate_later.sql
SET lock_timeout = '5s';
ALTER TABLE orders VALIDATE CONSTRAINT orders_qty_positive;
