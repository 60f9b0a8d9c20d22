create table public.audit_log (
  id bigint generated always as identity primary key,
  table_name text not null,
  operation text not null check (operation in ('INSERT', 'UPDATE', 'DELETE')),
  row_id text,
  old_row jsonb,
  new_row jsonb,
  actor uuid default auth.uid(),
  at timestamptz not null default clock_timestamp()
);

create index audit_log_table_at_idx on public.audit_log (table_name, at desc);

alter table public.audit_log enable row level security;
-- No policy for anon/authenticated: only service_role (BYPASSRLS) reads the log.
revoke all on public.audit_log from anon, authenticated;

create or replace function public.audit_row_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into public.audit_log (table_name, operation, row_id, old_row, new_row)
  values (
    tg_table_schema || '.' || tg_table_name,
    tg_op,
    coalesce(to_jsonb(new) ->> 'id', to_jsonb(old) ->> 'id'),
    case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) end,
    case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) end
  );
  return coalesce(new, old);
end;
$$;

create trigger organizations_audit
  after insert or update or delete on public.organizations
  for each row execute function public.audit_row_change();

create trigger memberships_audit
  after insert or update or delete on public.memberships
  for each row execute function public.audit_row_change();
