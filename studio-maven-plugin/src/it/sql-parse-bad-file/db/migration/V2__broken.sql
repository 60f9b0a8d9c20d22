create table public.tags (id int primary key);
-- café written in Latin-1
create function f() returns int language sql as $$ select 1;
