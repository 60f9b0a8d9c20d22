-- migration: V1__types.sql
CREATE TYPE status AS ENUM ('draft', 'published');
-- migration: V2__values.sql
-- expect: enum-add-value-ordering
ALTER TYPE status ADD VALUE 'archived';
ALTER TYPE status ADD VALUE 'review' BEFORE 'published';
ALTER TYPE status ADD VALUE IF NOT EXISTS 'deleted' AFTER 'archived';
