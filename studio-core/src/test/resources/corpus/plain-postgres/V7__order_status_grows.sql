ALTER TYPE shop.order_status ADD VALUE 'cancelled';
ALTER TYPE shop.order_status ADD VALUE IF NOT EXISTS 'refunded' AFTER 'paid';
ALTER TYPE shop.order_status RENAME VALUE 'shipped' TO 'dispatched';
