create table public.labels (id int primary key);

create function public.g() returns int language sql as $body$
  select 1;
create table public.never_read (id int);
