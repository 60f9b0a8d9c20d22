CREATE TABLE shop.orders_2025_h2 (LIKE shop.orders INCLUDING DEFAULTS INCLUDING CONSTRAINTS);

ALTER TABLE shop.orders_2025_h2
  ADD CONSTRAINT orders_2025_h2_range
  CHECK (ordered_at >= '2025-07-01' AND ordered_at < '2026-01-01');

-- The default partition must not hold rows of the new range.
ALTER TABLE shop.orders ATTACH PARTITION shop.orders_2025_h2
  FOR VALUES FROM ('2025-07-01') TO ('2026-01-01');

ALTER TABLE shop.orders_2025_h2 DROP CONSTRAINT orders_2025_h2_range;

ALTER TABLE shop.orders DETACH PARTITION shop.orders_2024_h1;
ALTER TABLE shop.orders_2024_h1 RENAME TO orders_2024_h1_archive;

ALTER TABLE shop.customers
  ADD CONSTRAINT customers_loyalty_points_check CHECK (loyalty_points >= 0) NOT VALID;
ALTER TABLE shop.customers VALIDATE CONSTRAINT customers_loyalty_points_check;
