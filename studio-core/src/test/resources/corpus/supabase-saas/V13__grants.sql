-- Tighten what the default privileges handed out: anon reads profiles only.
revoke all on public.organizations, public.memberships, public.projects, public.invitations from anon;
grant select on public.profiles to anon;

grant select, insert, update, delete on public.organizations, public.memberships, public.projects to authenticated;
grant select, insert, update, delete on public.invitations to authenticated;
grant usage, select on sequence public.projects_id_seq to authenticated;

grant all on all tables in schema public to service_role;
