package dev.migrationstudio.core.schema;

import java.util.List;

/**
 * An index. {@code keys} holds column names or expressions in order; {@code include} the INCLUDE columns;
 * {@code predicate} the WHERE of a partial index; {@code valid} is false for a failed concurrent build.
 * {@code constraint} names the constraint that owns the index, if any.
 */
public record Index(
        String schema,
        String table,
        String name,
        String method,
        boolean unique,
        List<String> keys,
        List<String> include,
        String predicate,
        boolean valid,
        String constraint,
        String definition) {

    public Index {
        keys = keys == null ? List.of() : List.copyOf(keys);
        include = include == null ? List.of() : List.copyOf(include);
    }

    /** Index names are unique per schema. */
    public String id() {
        return ObjectIds.qualified(schema, name);
    }
}
