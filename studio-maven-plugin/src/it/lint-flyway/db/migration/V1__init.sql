-- Ran years ago: studio.lintSince=1 leaves it out of the lint (it is still replayed).
create table public.customers (
  id bigint generated always as identity primary key,
  email varchar(200) not null
);
alter table public.customers enable row level security;

create table public.orders (
  id bigint generated always as identity primary key,
  customer_id bigint not null references public.customers (id),
  total numeric(12,2) not null
);
alter table public.orders enable row level security;

truncate public.orders;
