select count(*) from public.todos where created_at >= p_since
