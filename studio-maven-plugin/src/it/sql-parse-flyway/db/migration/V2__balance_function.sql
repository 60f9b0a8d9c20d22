create or replace function public.account_balance(account uuid) returns numeric
  language sql stable security definer set search_path = ''
as $$
  select balance from public.accounts where id = account;
$$;
revoke execute on function public.account_balance(uuid) from public;
grant execute on function public.account_balance(uuid) to authenticated;
alter table public.accounts drop column if exists legacy_flag;
