CREATE TABLE public.ledger (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES public.accounts (id),
  amount numeric(12,2) NOT NULL CHECK (amount <> 0)
);
CREATE INDEX ledger_account_id_idx ON public.ledger (account_id);

CREATE FUNCTION public.account_balance(account uuid) RETURNS numeric
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ''
AS $$ SELECT coalesce(sum(amount), 0) FROM public.ledger WHERE account_id = account $$;

-- The embedded server has no such extension: the replay records it and goes on.
CREATE EXTENSION IF NOT EXISTS no_such_extension;
