--liquibase formatted sql

--changeset studio:30-report-view
CREATE VIEW order_totals AS
SELECT u.id AS user_id, sum(o.total) AS total
FROM users u JOIN orders o ON o.user_id = u.id
GROUP BY u.id;
COMMENT ON VIEW order_totals IS 'per user; totals';
--rollback DROP VIEW order_totals;

--changeset studio:31-report-function splitStatements:false
CREATE FUNCTION user_total(p_user bigint) RETURNS numeric LANGUAGE plpgsql AS $body$
DECLARE result numeric;
BEGIN
  SELECT total INTO result FROM order_totals WHERE user_id = p_user;
  RETURN coalesce(result, 0);
END;
$body$;

--changeset studio:32-payments-status runInTransaction:false context:test
CREATE INDEX CONCURRENTLY ix_payments_status ON payments (status);
