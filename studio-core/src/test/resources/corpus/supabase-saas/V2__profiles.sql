-- One profile per auth user. The row is created by the handle_new_user trigger (V3).
create table public.profiles (
  id uuid not null references auth.users (id) on delete cascade,
  username extensions.citext unique,
  full_name text,
  avatar_url text,
  website text,
  updated_at timestamptz not null default now(),

  primary key (id),
  constraint username_length check (char_length(username) >= 3)
);

alter table public.profiles enable row level security;

create policy "Public profiles are viewable by everyone."
  on public.profiles for select
  using (true);

create policy "Users can insert their own profile."
  on public.profiles for insert
  to authenticated
  with check ((select auth.uid()) = id);

create policy "Users can update own profile."
  on public.profiles for update
  to authenticated
  using ((select auth.uid()) = id)
  with check ((select auth.uid()) = id);

comment on table public.profiles is 'Public profile of each user; private data stays in auth.users.';
comment on column public.profiles.username is 'Case-insensitive handle, at least 3 characters.';
