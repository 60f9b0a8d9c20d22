alter table public.organizations enable row level security;
alter table public.memberships enable row level security;

-- organizations: one policy per command
create policy "Members can view their organizations"
  on public.organizations for select
  to authenticated
  using (public.is_org_member(id));

create policy "Any user can create an organization"
  on public.organizations for insert
  to authenticated
  with check (created_by = (select auth.uid()));

create policy "Admins can update their organization"
  on public.organizations for update
  to authenticated
  using (public.has_org_role(id, 'admin'))
  with check (public.has_org_role(id, 'admin'));

create policy "Owners can delete their organization"
  on public.organizations for delete
  to authenticated
  using (public.has_org_role(id, 'owner'));

-- memberships
create policy "Members can view fellow members"
  on public.memberships for select
  to authenticated
  using (public.is_org_member(organization_id));

create policy "Admins can add members"
  on public.memberships for insert
  to authenticated
  with check (public.has_org_role(organization_id, 'admin'));

create policy "Admins can change roles"
  on public.memberships for update
  to authenticated
  using (public.has_org_role(organization_id, 'admin'))
  with check (public.has_org_role(organization_id, 'admin'));

create policy "Admins remove members, members leave"
  on public.memberships for delete
  to authenticated
  using (
    public.has_org_role(organization_id, 'admin')
    or user_id = (select auth.uid())
  );
