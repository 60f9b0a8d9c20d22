package dev.migrationstudio.core.introspect;

import dev.migrationstudio.core.schema.Column;
import dev.migrationstudio.core.schema.Constraint;
import dev.migrationstudio.core.schema.ObjectIds;
import dev.migrationstudio.core.schema.Table;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Maps rows of {@link CatalogQuery#TABLES}, {@link CatalogQuery#COLUMNS} and {@link CatalogQuery#CONSTRAINTS}. */
final class TableRows {
    private static final Map<String, String> FK_ACTIONS = Map.of(
            "a", "NO ACTION", "r", "RESTRICT", "c", "CASCADE", "n", "SET NULL", "d", "SET DEFAULT");
    private static final Map<String, String> FK_MATCH = Map.of("s", "SIMPLE", "f", "FULL", "p", "PARTIAL");
    private static final Map<String, Constraint.ConstraintKind> CONSTRAINT_KINDS = Map.of(
            "p", Constraint.ConstraintKind.PRIMARY_KEY, "u", Constraint.ConstraintKind.UNIQUE,
            "c", Constraint.ConstraintKind.CHECK, "f", Constraint.ConstraintKind.FOREIGN_KEY,
            "x", Constraint.ConstraintKind.EXCLUDE);

    /** A column or constraint with the id of its table, before it is put into the table. */
    record Owned<T>(String tableId, T item) {
    }

    private TableRows() {
    }

    /** A table without columns and constraints; {@link #withParts} adds them. */
    static Table table(CatalogRow row) throws SQLException {
        String parentSchema = row.text("parent_schema");
        return new Table(
                row.text("schema"),
                row.text("name"),
                "p".equals(row.text("kind")) ? Table.TableKind.PARTITIONED : Table.TableKind.TABLE,
                row.bool("unlogged"),
                row.text("partition_key"),
                parentSchema == null ? null : ObjectIds.qualified(parentSchema, row.text("parent_name")),
                row.text("partition_bound"),
                List.of(),
                List.of(),
                row.bool("rls_enabled"),
                row.bool("rls_forced"),
                row.text("owner"),
                row.text("comment"));
    }

    static Table withParts(Table table, List<Column> columns, List<Constraint> constraints) {
        return new Table(table.schema(), table.name(), table.kind(), table.unlogged(), table.partitionKey(),
                table.partitionOf(), table.partitionBound(), columns, constraints, table.rlsEnabled(),
                table.rlsForced(), table.owner(), table.comment());
    }

    static Owned<Column> column(CatalogRow row) throws SQLException {
        Column column = new Column(
                row.text("name"),
                row.text("type"),
                row.bool("nullable"),
                row.text("default_expression"),
                identity(row.text("identity")),
                row.text("generated"),
                row.text("collation"),
                row.text("comment"));
        return new Owned<>(ObjectIds.qualified(row.text("schema"), row.text("table_name")), column);
    }

    private static Column.Identity identity(String code) {
        return switch (code == null ? "" : code) {
            case "a" -> Column.Identity.ALWAYS;
            case "d" -> Column.Identity.BY_DEFAULT;
            default -> Column.Identity.NONE;
        };
    }

    static Owned<Constraint> constraint(CatalogRow row) throws SQLException {
        Constraint.ConstraintKind kind = CONSTRAINT_KINDS.get(row.text("kind"));
        Constraint.ForeignKey references = kind != Constraint.ConstraintKind.FOREIGN_KEY ? null
                : new Constraint.ForeignKey(
                        ObjectIds.qualified(row.text("ref_schema"), row.text("ref_table")),
                        row.texts("ref_columns"),
                        FK_ACTIONS.get(row.text("on_update")),
                        FK_ACTIONS.get(row.text("on_delete")),
                        FK_MATCH.get(row.text("match")));
        Constraint constraint = new Constraint(
                row.text("name"),
                kind,
                row.texts("columns"),
                row.text("definition"),
                references,
                row.bool("deferrable"),
                row.bool("deferred"),
                row.bool("validated"));
        return new Owned<>(ObjectIds.qualified(row.text("schema"), row.text("table_name")), constraint);
    }
}
