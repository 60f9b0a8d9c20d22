-- New values go to the end unless placed explicitly; the new value must not be used in this transaction.
alter type public.project_status add value if not exists 'paused' after 'active';
