comment on table public.organizations is 'A tenant. Everything else hangs off an organization.';
comment on column public.organizations.slug is 'URL-safe name: lowercase letters, digits and dashes.';
comment on table public.memberships is E'Who belongs to which organization.\nOne row per (organization, user).';
comment on function public.is_org_member(uuid) is 'True when the calling user belongs to the organization.';
comment on policy "Members read projects" on public.projects is 'Any member sees every project of the organization.';

-- Full-text search over projects for the dashboard search box.
alter table public.projects
  add column search tsvector
  generated always as (
    to_tsvector('simple', coalesce(name, '') || ' ' || coalesce(description, ''))
  ) stored;

create index projects_search_idx on public.projects using gin (search);

create or replace function public.search_projects(query text)
returns setof public.projects
language sql
stable
security invoker
set search_path = ''
as $$
  select p.*
  from public.projects p
  where p.search @@ websearch_to_tsquery('simple', query)
  order by p.updated_at desc
  limit 50;
$$;

grant execute on function public.search_projects(text) to authenticated;
