CREATE TABLE shop.customers (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email          shop.email NOT NULL UNIQUE,
  full_name      text NOT NULL,
  billing        shop.address,
  loyalty_points text DEFAULT '0',           -- imported as text from the old system; fixed in V9
  signed_up_at   timestamp NOT NULL DEFAULT now()
);

CREATE TABLE shop.countries (
  code shop.country_code PRIMARY KEY,
  name text NOT NULL
);
