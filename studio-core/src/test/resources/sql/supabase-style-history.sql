-- A realistic history: the statements a Supabase/Flyway project writes over its first months.
SET lock_timeout = '5s';
SET statement_timeout = 0;
create extension if not exists "pgcrypto" with schema public;
create extension if not exists citext;
create schema if not exists app;
create type public.order_status as enum ('pending', 'paid', 'shipped');
create table public.profiles (
  id uuid primary key default gen_random_uuid(),
  email citext not null unique,
  full_name text,
  avatar_url text,
  created_at timestamptz not null default now(),
  updated_at timestamp with time zone default CURRENT_TIMESTAMP
);
alter table public.profiles enable row level security;
create policy "Profiles are viewable by owner" on public.profiles for select to authenticated using ((select auth.uid()) = id);
create policy "Profiles are editable by owner" on public.profiles for update to authenticated using (auth.uid() = id) with check (auth.uid() = id);
create table public.orders (
  id bigserial primary key,
  profile_id uuid not null references public.profiles (id) on delete cascade,
  status public.order_status not null default 'pending',
  total numeric(12, 2) not null check (total >= 0),
  note varchar(500),
  created_at timestamptz not null default now()
);
create index orders_profile_id_idx on public.orders (profile_id);
create index concurrently if not exists orders_created_at_idx on public.orders using btree (created_at desc) where status <> 'shipped';
alter table public.orders enable row level security;
create policy orders_owner on public.orders for all to authenticated using (profile_id = auth.uid());
create or replace function public.set_updated_at() returns trigger language plpgsql as $$
begin
  new.updated_at = now();
  return new;
end;
$$;
create trigger profiles_updated_at before update on public.profiles for each row execute function public.set_updated_at();
create or replace function public.order_total(p_profile uuid, p_since timestamptz default now() - interval '30 days')
returns numeric
language sql stable security definer
set search_path = public, pg_temp
as $$ select coalesce(sum(total), 0) from orders where profile_id = p_profile and created_at >= p_since $$;
grant execute on function public.order_total(uuid, timestamptz) to authenticated;
revoke execute on function public.order_total(uuid, timestamptz) from anon;
alter table public.orders add column shipped_at timestamptz;
alter table public.orders add column tracking_code text default null;
alter table public.orders alter column note type text;
alter table public.orders add constraint orders_tracking_code_check check (char_length(tracking_code) < 64) not valid;
alter table public.orders validate constraint orders_tracking_code_check;
alter type public.order_status add value if not exists 'cancelled' after 'pending';
create table app.audit_log (
  id bigint generated always as identity primary key,
  table_name text not null,
  action text not null,
  row_data jsonb,
  at timestamptz default now()
);
create index audit_log_row_data_idx on app.audit_log using gin (row_data jsonb_path_ops);
insert into app.audit_log (table_name, action) values ('orders', 'migrate');
update public.orders set status = 'paid' where status = 'pending' and total = 0;
delete from public.orders where profile_id is null;
comment on table public.orders is 'Customer orders';
comment on column public.orders.total is 'Order total in EUR';
create or replace view public.order_summaries with (security_invoker = true) as
  select o.profile_id, count(*) as orders, sum(o.total) as total from public.orders o group by o.profile_id;
grant select on public.order_summaries to authenticated;
alter table public.profiles add column username text;
alter table public.profiles add constraint profiles_username_key unique (username);
create unique index concurrently profiles_lower_email_idx on public.profiles (lower(email::text));
alter table public.orders drop column if exists tracking_code;
drop policy if exists orders_owner on public.orders;
create policy orders_select_own on public.orders as permissive for select to authenticated using (profile_id = (select auth.uid()));
create policy orders_insert_own on public.orders for insert to authenticated with check (profile_id = (select auth.uid()));
do $$ begin
  if not exists (select 1 from pg_roles where rolname = 'reporting') then
    create role reporting;
  end if;
end $$;
grant usage on schema app to reporting;
grant select on all tables in schema app to reporting;
alter default privileges in schema app grant select on tables to reporting;
begin;
alter table public.orders alter column status set default 'paid';
commit;
select set_config('search_path', 'public', false);
truncate table app.audit_log restart identity;
reindex index concurrently public.orders_profile_id_idx;
alter function public.order_total(uuid, timestamptz) set search_path = public;
drop index concurrently if exists public.orders_created_at_idx;
create sequence if not exists public.invoice_number_seq start with 1000;
create table public.invoices (id int primary key default nextval('public.invoice_number_seq'), order_id bigint references public.orders);
alter sequence public.invoice_number_seq owned by public.invoices.id;
with recent as (select id from public.orders where created_at > now() - interval '1 day') update public.orders o set status = 'shipped' from recent where o.id = recent.id;
alter table public.invoices rename to bills;
alter table public.bills rename column order_id to order_ref;
drop table if exists public.legacy_things cascade;
