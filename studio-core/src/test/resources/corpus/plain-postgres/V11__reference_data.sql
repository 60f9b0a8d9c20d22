-- Reference data loaded the way pg_dump writes it: tab-separated rows, \N for NULL, ended by \.
COPY shop.countries (code, name) FROM stdin;
AT	Austria
BE	Belgium
CH	Switzerland
DE	Germany
ES	Spain
FR	France
GB	United Kingdom
IE	Ireland
IT	Italy
NL	Netherlands
PT	Portugal
SE	Sweden
\.

INSERT INTO shop.customers (email, display_name, billing, loyalty_points)
VALUES
  ('ada@example.org', 'Ada Lovelace', ROW('12 St James''s Square', 'London', 'SW1Y 4JH', 'GB'), 120),
  ('grace@example.org', E'Grace \'Amazing\' Hopper', NULL, 0);

COPY shop.catalog_items (sku, name, description, price_cents) FROM stdin;
BK-001	The Art of SQL	A book; with a semicolon	3990
MG-002	Mug	\N	1200
ST-003	Sticker pack	Contains "quotes" and a $ sign	350
\.
