-- Production as it really is: hand-made changes no changeset describes.
create table public.customers (id bigint primary key, email varchar(200) not null, phone text);  -- column added by hand
create table public.orders (id bigint primary key, customer_id bigint, total numeric(12,2));      -- type changed by hand
create table public.coupons (code text primary key);                                               -- table created by hand
