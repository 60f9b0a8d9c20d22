CREATE TABLE public.projects (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organization_id bigint NOT NULL REFERENCES public.organizations (id) ON DELETE CASCADE,
  name text NOT NULL,
  settings jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_by uuid NOT NULL DEFAULT auth.uid() REFERENCES auth.users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX projects_organization_id_idx ON public.projects (organization_id);

ALTER TABLE public.projects ENABLE ROW LEVEL SECURITY;

CREATE POLICY projects_select_members ON public.projects
  FOR SELECT TO authenticated
  USING (public.is_member_of(organization_id));

CREATE POLICY projects_insert_members ON public.projects
  FOR INSERT TO authenticated
  WITH CHECK (public.is_member_of(organization_id) AND created_by = (SELECT auth.uid()));

-- Keeps updated_at current on every write.
CREATE FUNCTION public.touch_updated_at()
RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$$;

CREATE TRIGGER projects_touch_updated_at
  BEFORE UPDATE ON public.projects
  FOR EACH ROW EXECUTE FUNCTION public.touch_updated_at();

CREATE TRIGGER profiles_touch_updated_at
  BEFORE UPDATE ON public.profiles
  FOR EACH ROW EXECUTE FUNCTION public.touch_updated_at();
