-- Orders are partitioned by month of order; the key must include the partition column.
CREATE TABLE shop.orders (
  id          bigint GENERATED ALWAYS AS IDENTITY,
  customer_id bigint NOT NULL REFERENCES shop.customers (id),
  status      shop.order_status NOT NULL DEFAULT 'pending',
  ship_to     shop.address,
  total       shop.money_amount DEFAULT 0,
  ordered_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (id, ordered_at)
) PARTITION BY RANGE (ordered_at);

CREATE TABLE shop.orders_2024_h1 PARTITION OF shop.orders
  FOR VALUES FROM ('2024-01-01') TO ('2024-07-01');
CREATE TABLE shop.orders_2024_h2 PARTITION OF shop.orders
  FOR VALUES FROM ('2024-07-01') TO ('2025-01-01');
CREATE TABLE shop.orders_2025_h1 PARTITION OF shop.orders
  FOR VALUES FROM ('2025-01-01') TO ('2025-07-01');
CREATE TABLE shop.orders_default PARTITION OF shop.orders DEFAULT;

CREATE INDEX orders_customer_id_idx ON shop.orders (customer_id);

CREATE TABLE shop.order_items (
  order_id    bigint NOT NULL,
  ordered_at  timestamptz NOT NULL,
  line_no     smallint NOT NULL,
  product_id  integer NOT NULL REFERENCES shop.products (id),
  quantity    integer NOT NULL CHECK (quantity > 0),
  unit_price  numeric(12, 2) NOT NULL,
  PRIMARY KEY (order_id, ordered_at, line_no),
  FOREIGN KEY (order_id, ordered_at) REFERENCES shop.orders (id, ordered_at) ON DELETE CASCADE
);
