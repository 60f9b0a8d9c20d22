-- Extensions live in their own schema on Supabase; the API never exposes it.
create extension if not exists pg_trgm with schema extensions;
create extension if not exists citext with schema extensions;

create type public.org_role as enum ('owner', 'admin', 'member');

create type public.project_status as enum ('draft', 'active', 'archived');

comment on type public.org_role is 'What a member may do inside an organization.';
