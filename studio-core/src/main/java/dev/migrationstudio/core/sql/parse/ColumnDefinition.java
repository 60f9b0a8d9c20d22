package dev.migrationstudio.core.sql.parse;

import java.io.Serializable;
import java.util.List;

/**
 * A column as a CREATE TABLE or ADD COLUMN writes it. {@code type} is the source text of the type (canonical
 * form comes from {@code TypeNames}); expressions are source text. {@code constraints} are the inline ones
 * (PRIMARY KEY, UNIQUE, CHECK, REFERENCES), already given this column as their column list.
 */
public record ColumnDefinition(
        String name,
        String type,
        boolean notNull,
        String defaultExpression,
        Identity identity,
        String generatedExpression,
        String collation,
        List<TableConstraint> constraints) implements Serializable {

    public ColumnDefinition {
        constraints = List.copyOf(constraints);
    }

    public enum Identity { NONE, ALWAYS, BY_DEFAULT }
}
