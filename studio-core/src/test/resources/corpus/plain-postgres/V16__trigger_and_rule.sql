CREATE TABLE shop.order_events (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  order_id   bigint NOT NULL,
  event      text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION shop.log_order_status() RETURNS trigger
LANGUAGE plpgsql
AS '
BEGIN
  IF NEW.status IS DISTINCT FROM OLD.status THEN
    INSERT INTO shop.order_events (order_id, event)
    VALUES (NEW.id, ''status: '' || OLD.status || '' -> '' || NEW.status);
  END IF;
  RETURN NEW;
END;
';

CREATE TRIGGER orders_status_log
  AFTER UPDATE OF status ON shop.orders
  FOR EACH ROW EXECUTE FUNCTION shop.log_order_status();

-- A rule with two actions: the semicolon inside the parentheses does not end the statement.
CREATE RULE order_events_no_delete AS ON DELETE TO shop.order_events
  DO INSTEAD (
    INSERT INTO shop.order_events (order_id, event) VALUES (OLD.order_id, 'delete refused');
    NOTIFY order_events
  );
