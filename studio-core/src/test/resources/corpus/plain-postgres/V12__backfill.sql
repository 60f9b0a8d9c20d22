-- Backfill invoices for paid orders in batches; a DO block runs once and leaves nothing behind.
DO $backfill$
DECLARE
  batch_size constant integer := 500;
  inserted integer;
BEGIN
  LOOP
    INSERT INTO shop.invoices (order_id, ordered_at, note)
    SELECT o.id, o.ordered_at, 'backfilled'
    FROM shop.orders o
    WHERE o.status = 'paid'
      AND NOT EXISTS (
        SELECT 1 FROM shop.invoices i WHERE i.order_id = o.id AND i.ordered_at = o.ordered_at
      )
    LIMIT batch_size;
    GET DIAGNOSTICS inserted = ROW_COUNT;
    RAISE NOTICE 'backfilled % invoices', inserted;
    EXIT WHEN inserted < batch_size;
  END LOOP;
END
$backfill$;
