-- migration: V1__setup.sql
CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text, name text);
-- migration: V2__not_null.sql
SET lock_timeout = '5s';
-- expect: set-not-null
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
ALTER TABLE users ADD CONSTRAINT users_name_not_null CHECK (name IS NOT NULL) NOT VALID;
-- migration: V3__validate.sql
SET lock_timeout = '5s';
ALTER TABLE users VALIDATE CONSTRAINT users_name_not_null;
-- migration: V4__not_null_after_check.sql
SET lock_timeout = '5s';
ALTER TABLE users ALTER COLUMN name SET NOT NULL;
