create table public.profiles (
  id uuid primary key,
  user_id uuid not null,
  display_name text
);
alter table public.profiles enable row level security;
create policy profiles_owner on public.profiles for all to authenticated
  using (auth.uid() = user_id) with check (auth.uid() = user_id);
grant select, insert, update, delete on public.profiles to authenticated;
