package dev.migrationstudio.core.sql.parse;

import java.io.Serializable;
/**
 * A possibly schema-qualified object name with Postgres case rules already applied. {@code schema} is null when
 * the statement did not qualify the name; the replayer resolves it through the search path.
 */
public record QualifiedName(String schema, String name) implements Serializable {

    public static QualifiedName of(String name) {
        return new QualifiedName(null, name);
    }

    public String schemaOr(String defaultSchema) {
        return schema == null ? defaultSchema : schema;
    }

    @Override
    public String toString() {
        return schema == null ? name : schema + "." + name;
    }
}
