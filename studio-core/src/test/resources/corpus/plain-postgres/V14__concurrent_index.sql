-- Runs outside a transaction: CREATE INDEX CONCURRENTLY cannot run inside one.
-- Flyway detects this and runs the script without a transaction; keep it alone in its file.
CREATE INDEX CONCURRENTLY IF NOT EXISTS customers_display_name_idx
  ON shop.customers (lower(display_name));
