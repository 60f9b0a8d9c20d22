-- migration: V1__setup.sql
CREATE SCHEMA reporting;
-- migration: V2__drop.sql
-- expect: drop-schema
DROP SCHEMA reporting CASCADE;
DROP VIEW IF EXISTS some_view;
