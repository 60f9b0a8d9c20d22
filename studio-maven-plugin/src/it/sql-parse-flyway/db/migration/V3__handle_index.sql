create index concurrently accounts_owner_idx on public.accounts (owner_id);
