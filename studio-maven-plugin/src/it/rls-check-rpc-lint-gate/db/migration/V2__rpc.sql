create function public.note_count() returns bigint
language sql security definer set search_path = ''
as $$ select count(*) from public.notes $$;
