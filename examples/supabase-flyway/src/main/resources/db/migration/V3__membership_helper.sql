-- Policies on memberships must not query memberships under RLS (infinite recursion),
-- so membership checks go through a SECURITY DEFINER helper with a pinned search_path.
CREATE FUNCTION public.is_member_of(org bigint)
RETURNS boolean
LANGUAGE sql
STABLE
SECURITY DEFINER
SET search_path = ''
AS $$
  SELECT EXISTS (
    SELECT 1 FROM public.memberships m
    WHERE m.organization_id = org AND m.user_id = (SELECT auth.uid())
  );
$$;

REVOKE EXECUTE ON FUNCTION public.is_member_of(bigint) FROM PUBLIC, anon;
GRANT EXECUTE ON FUNCTION public.is_member_of(bigint) TO authenticated;

CREATE POLICY organizations_select_members ON public.organizations
  FOR SELECT TO authenticated
  USING (public.is_member_of(id));

CREATE POLICY memberships_select_same_org ON public.memberships
  FOR SELECT TO authenticated
  USING (public.is_member_of(organization_id));
