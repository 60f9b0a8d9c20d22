create table public.after_bad (id int primary key);
