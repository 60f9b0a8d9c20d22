create table ledger (
    id bigint generated always as identity primary key,
    account_id uuid not null references accounts (id),
    amount numeric(12,2) not null,
    memo text
);
create index ledger_account_id_idx on ledger (account_id);

create function public.account_balance(p_account uuid) returns numeric
    language sql stable security definer set search_path = ''
as $$ select coalesce(sum(amount), 0) from public.ledger where account_id = p_account $$;
revoke execute on function public.account_balance(uuid) from public;
grant execute on function public.account_balance(uuid) to authenticated;

do $$ begin raise notice 'ledger ready'; end $$;
