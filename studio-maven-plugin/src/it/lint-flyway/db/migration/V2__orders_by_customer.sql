create index orders_customer_idx on public.orders (customer_id);
