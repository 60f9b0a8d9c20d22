CREATE TYPE shop.order_status AS ENUM ('pending', 'paid', 'shipped');

CREATE TYPE shop.address AS (
  street      text,
  city        text,
  postal_code text,
  country     shop.country_code
);

COMMENT ON TYPE shop.address IS 'Postal address, stored inline in customers and orders.';
