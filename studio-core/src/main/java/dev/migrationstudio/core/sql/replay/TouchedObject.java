package dev.migrationstudio.core.sql.replay;

/** One object a replayed statement created, changed or dropped, by its stable id. */
public record TouchedObject(Kind kind, String id, Change change) {

    public enum Kind { SCHEMA, TABLE, INDEX, POLICY, FUNCTION, VIEW, TRIGGER, EXTENSION, TYPE, SEQUENCE, GRANT }

    public enum Change { CREATED, ALTERED, DROPPED, RENAMED }
}
