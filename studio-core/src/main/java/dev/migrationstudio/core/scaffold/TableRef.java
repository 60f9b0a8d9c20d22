package dev.migrationstudio.core.scaffold;

import dev.migrationstudio.core.schema.ObjectIds;

/** A table named by a person as an intent id: {@code public.todos}, or {@code todos} for the {@code public} schema. */
public record TableRef(String schema, String name) {
    public static final String DEFAULT_SCHEMA = "public";

    /** Splits at the first dot, as intent ids are written; no dot means the {@code public} schema. */
    public static TableRef parse(String setting, String entity) throws ScaffoldException {
        if (entity == null || entity.isBlank()) {
            throw new ScaffoldException(setting + " is missing: give the table as schema.name, e.g. public.todos");
        }
        int dot = entity.indexOf('.');
        TableRef ref = dot < 0 ? new TableRef(DEFAULT_SCHEMA, entity)
                : new TableRef(entity.substring(0, dot), entity.substring(dot + 1));
        ScaffoldNames.checked(setting + " (schema)", ref.schema);
        ScaffoldNames.checked(setting + " (table)", ref.name);
        return ref;
    }

    public String id() {
        return ObjectIds.qualified(schema, name);
    }
}
