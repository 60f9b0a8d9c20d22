CREATE SEQUENCE shop.invoice_number_seq
  AS bigint
  START WITH 10000
  INCREMENT BY 1
  CACHE 20;

CREATE TABLE shop.invoices (
  number      bigint PRIMARY KEY DEFAULT nextval('shop.invoice_number_seq'),
  order_id    bigint NOT NULL,
  ordered_at  timestamptz NOT NULL,
  issued_at   timestamptz NOT NULL DEFAULT now(),
  note        text,
  FOREIGN KEY (order_id, ordered_at) REFERENCES shop.orders (id, ordered_at)
);

ALTER SEQUENCE shop.invoice_number_seq OWNED BY shop.invoices.number;
