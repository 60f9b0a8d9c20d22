package dev.migrationstudio.core.sql.parse;

import java.io.Serializable;
import java.util.List;

/**
 * A table or inline column constraint. {@code name} is null when Postgres will choose it. {@code expression} is
 * the CHECK expression or the EXCLUDE element list; {@code usingIndex} is set for {@code UNIQUE USING INDEX}.
 */
public record TableConstraint(
        String name,
        Kind kind,
        List<String> columns,
        String expression,
        References references,
        boolean deferrable,
        boolean initiallyDeferred,
        boolean notValid,
        String usingIndex,
        List<String> include) implements Serializable {

    public TableConstraint {
        columns = List.copyOf(columns);
        include = include == null ? List.of() : List.copyOf(include);
    }

    public enum Kind { PRIMARY_KEY, UNIQUE, CHECK, FOREIGN_KEY, EXCLUDE }

    /** Foreign key target; {@code columns} empty means the referenced table's primary key. */
    public record References(QualifiedName table, List<String> columns, String onDelete, String onUpdate,
            String match) implements Serializable {
        public References {
            columns = List.copyOf(columns);
        }
    }

    TableConstraint withColumns(List<String> newColumns) {
        return new TableConstraint(name, kind, newColumns, expression, references, deferrable, initiallyDeferred,
                notValid, usingIndex, include);
    }
}
