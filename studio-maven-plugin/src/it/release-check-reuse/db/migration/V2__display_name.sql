-- An invoker function: RLS applies to its caller. No search_path of its own: a warning, not a blocker.
create function public.display_name_of(p uuid) returns text
language sql stable
as $$ select display_name from public.profiles where id = p $$;
