-- SQL-standard bodies (PostgreSQL 14+): parsed at creation time, dependencies tracked.
CREATE FUNCTION shop.order_total(p_order_id bigint, p_ordered_at timestamptz)
RETURNS numeric
LANGUAGE sql
STABLE
BEGIN ATOMIC
  SELECT coalesce(sum(i.quantity * i.unit_price), 0)
  FROM shop.order_items i
  WHERE i.order_id = p_order_id AND i.ordered_at = p_ordered_at;
END;

CREATE PROCEDURE shop.cancel_order(p_order_id bigint, p_ordered_at timestamptz)
LANGUAGE sql
BEGIN ATOMIC
  UPDATE shop.orders
     SET status = CASE WHEN status = 'pending' THEN 'cancelled'::shop.order_status ELSE status END
   WHERE id = p_order_id AND ordered_at = p_ordered_at;
  DELETE FROM shop.invoices WHERE order_id = p_order_id AND ordered_at = p_ordered_at;
END;

CREATE FUNCTION shop.gross(net numeric, rate numeric DEFAULT 0.2)
RETURNS numeric
LANGUAGE sql
IMMUTABLE
RETURN round(net * (1 + rate), 2);
