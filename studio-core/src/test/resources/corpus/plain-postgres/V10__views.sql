CREATE VIEW shop.customer_order_totals AS
SELECT c.id AS customer_id,
       c.display_name,
       count(o.id)                AS order_count,
       coalesce(sum(o.total), 0)  AS lifetime_total
FROM shop.customers c
LEFT JOIN shop.orders o ON o.customer_id = c.id AND o.status <> 'cancelled'
GROUP BY c.id, c.display_name;

CREATE MATERIALIZED VIEW shop.daily_sales AS
SELECT date_trunc('day', o.ordered_at)::date AS day,
       count(*)                              AS orders,
       sum(o.total)                          AS revenue
FROM shop.orders o
WHERE o.status IN ('paid', 'dispatched')
GROUP BY 1
WITH NO DATA;

-- REFRESH ... CONCURRENTLY needs a unique index.
CREATE UNIQUE INDEX daily_sales_day_idx ON shop.daily_sales (day);
REFRESH MATERIALIZED VIEW shop.daily_sales;
