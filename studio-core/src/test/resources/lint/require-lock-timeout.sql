-- migration: V1__setup.sql
CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text);
-- migration: V2__no_timeout.sql
CREATE TABLE teams (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
ALTER TABLE teams ADD COLUMN name text;
-- expect: require-lock-timeout
ALTER TABLE users ADD COLUMN nickname text;
ALTER TABLE users ADD COLUMN bio text;
-- migration: V3__with_timeout.sql
SET lock_timeout = '3s';
ALTER TABLE users ADD COLUMN avatar text;
-- migration: V4__timeout_disabled.sql
SET lock_timeout = 0;
COMMENT ON TABLE users IS 'people';
-- expect: require-lock-timeout
CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch();
