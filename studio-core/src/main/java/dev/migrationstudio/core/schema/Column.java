package dev.migrationstudio.core.schema;

/**
 * A column. {@code type} is canonical, as {@code format_type()} prints it ({@code integer},
 * {@code character varying(10)}, {@code timestamp with time zone}); {@code generated} is the expression of a
 * stored generated column; {@code collation} is set only when it differs from the type's default.
 */
public record Column(
        String name,
        String type,
        boolean nullable,
        String defaultExpression,
        Identity identity,
        String generated,
        String collation,
        String comment) {

    public enum Identity { NONE, ALWAYS, BY_DEFAULT }
}
