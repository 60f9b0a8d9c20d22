-- loyalty_points came in as text; empty strings mean zero.
ALTER TABLE shop.customers
  ALTER COLUMN loyalty_points DROP DEFAULT,
  ALTER COLUMN loyalty_points TYPE integer USING coalesce(nullif(trim(loyalty_points), ''), '0')::integer,
  ALTER COLUMN loyalty_points SET DEFAULT 0,
  ALTER COLUMN loyalty_points SET NOT NULL;

-- signed_up_at was written in UTC without a zone.
ALTER TABLE shop.customers
  ALTER COLUMN signed_up_at TYPE timestamptz USING signed_up_at AT TIME ZONE 'UTC';

ALTER TABLE shop.catalog_items ALTER COLUMN sku TYPE text;
