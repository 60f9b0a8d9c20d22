ALTER TABLE shop.customers RENAME COLUMN full_name TO display_name;
ALTER TABLE shop.products RENAME TO catalog_items;
ALTER TABLE shop.catalog_items RENAME CONSTRAINT products_sku_key TO catalog_items_sku_key;
ALTER INDEX shop.products_search_idx RENAME TO catalog_items_search_idx;
