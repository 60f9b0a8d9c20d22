create table public.orders (
  id bigint generated always as identity primary key,
  customer_id bigint not null,
  total numeric(12,2) not null
);
alter table public.orders enable row level security;
create policy orders_owner on public.orders for all to authenticated using (false);
