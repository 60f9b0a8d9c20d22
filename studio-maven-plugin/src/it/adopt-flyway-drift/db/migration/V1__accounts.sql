create table accounts (
    id uuid primary key,
    handle varchar(40) not null,
    balance numeric(12,2) not null default 0
);
alter table accounts enable row level security;
grant select, update on accounts to authenticated;
create policy accounts_owner on accounts for select to authenticated using (id = auth.uid());
