create table public.invitations (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  email extensions.citext not null,
  role public.org_role not null default 'member',
  token text not null unique default encode(extensions.gen_random_bytes(24), 'hex'),
  invited_by uuid not null references auth.users (id) default auth.uid(),
  expires_at timestamptz not null default now() + interval '7 days',
  accepted_at timestamptz
);

create index invitations_organization_id_idx on public.invitations (organization_id);

alter table public.invitations enable row level security;

create policy "Admins manage invitations" on public.invitations
  for all to authenticated
  using (public.has_org_role(organization_id, 'admin'))
  with check (public.has_org_role(organization_id, 'admin'));

-- RPC called by the invited user: checks the token and e-mail, then adds the membership.
create or replace function public.accept_invitation(invitation_token text)
returns uuid
language plpgsql
security definer
set search_path = ''
as $function$
declare
  invite public.invitations%rowtype;
begin
  select * into invite
  from public.invitations i
  where i.token = invitation_token
    and i.accepted_at is null
    and i.expires_at > now()
  for update;

  if not found then
    raise exception 'invitation % is unknown, used or expired', left(invitation_token, 6)
      using errcode = 'P0002';
  end if;

  if invite.email <> (select auth.email()) then
    raise exception 'this invitation was sent to another address';
  end if;

  insert into public.memberships (organization_id, user_id, role)
  values (invite.organization_id, (select auth.uid()), invite.role)
  on conflict (organization_id, user_id) do update set role = excluded.role;

  update public.invitations set accepted_at = now() where id = invite.id;
  return invite.organization_id;
end;
$function$;

revoke execute on function public.accept_invitation(text) from public, anon;
grant execute on function public.accept_invitation(text) to authenticated;
