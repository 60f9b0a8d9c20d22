-- The production database as it really is where it differs from the migrations: hand-made changes nobody
-- wrote a migration for. Created before the migrations run, so their CREATE TABLE fails and the hand-made
-- version stays, as in production.
create table public.accounts (
    id uuid primary key,
    handle varchar(40) not null,
    balance numeric(12,2) not null default 0,
    nickname text                               -- column added by hand
);
create table public.ledger (
    id bigint generated always as identity primary key,
    account_id uuid not null,
    amount numeric(14,2) not null,              -- type changed by hand
    memo text
);
create table public.support_notes (            -- table created by hand
    id bigint primary key,
    body text
);
