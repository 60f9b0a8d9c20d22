-- Notes, readable by anyone with the anon key: and no row-level security.
create table public.notes (
  id uuid primary key,
  body text
);
grant select on public.notes to anon;
