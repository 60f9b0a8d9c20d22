create table public.accounts (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null,
  handle varchar(40) not null unique,
  balance numeric(12, 2) not null default 0 check (balance >= 0)
);
alter table public.accounts enable row level security;
create policy accounts_owner on public.accounts for select to authenticated
  using ((select auth.uid()) = owner_id);
