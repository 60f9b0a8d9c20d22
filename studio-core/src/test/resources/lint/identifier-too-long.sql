-- migration: V1__tables.sql
-- expect: identifier-too-long
CREATE TABLE customer_subscription_billing_period_adjustment_history_records_archive (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
CREATE TABLE customer_subscription_billing_period_adjustments (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
-- expect: identifier-too-long
CREATE INDEX idx_customer_subscription_billing_period_adjustments_identifier_x ON customer_subscription_billing_period_adjustments (id);
