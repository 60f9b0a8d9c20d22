--liquibase formatted sql

--changeset studio:50-tags-name
CREATE UNIQUE INDEX ux_tags_name ON tags (name);
