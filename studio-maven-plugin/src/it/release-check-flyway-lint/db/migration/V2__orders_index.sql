set lock_timeout = '2s';
create index orders_customer_idx on public.orders (customer_id);
