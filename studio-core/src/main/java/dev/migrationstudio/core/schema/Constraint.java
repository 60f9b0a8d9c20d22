package dev.migrationstudio.core.schema;

import java.util.List;

/**
 * A table constraint. {@code definition} is what {@code pg_get_constraintdef()} prints; the structured fields
 * say what audits need without parsing it. {@code references} is set for foreign keys only.
 */
public record Constraint(
        String name,
        ConstraintKind kind,
        List<String> columns,
        String definition,
        ForeignKey references,
        boolean deferrable,
        boolean initiallyDeferred,
        boolean validated) {

    public Constraint {
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    public enum ConstraintKind { PRIMARY_KEY, UNIQUE, CHECK, FOREIGN_KEY, EXCLUDE }

    /** Target of a foreign key; actions as Postgres spells them ({@code NO ACTION}, {@code CASCADE}, ...). */
    public record ForeignKey(String table, List<String> columns, String onUpdate, String onDelete, String match) {
        public ForeignKey {
            columns = columns == null ? List.of() : List.copyOf(columns);
        }
    }
}
