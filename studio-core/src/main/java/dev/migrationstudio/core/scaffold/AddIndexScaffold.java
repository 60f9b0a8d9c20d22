package dev.migrationstudio.core.scaffold;

import java.util.List;

/**
 * {@code add-index}: {@code CREATE INDEX CONCURRENTLY} in a migration of its own that runs outside a transaction,
 * so writes to the table go on while the index builds. The rollback drops it concurrently too.
 */
public final class AddIndexScaffold {
    private AddIndexScaffold() {
    }

    public static Scaffold generate(TableRef table, String name, List<String> columns, boolean unique)
            throws ScaffoldException {
        return Scaffold.of(draft(table, name, columns, unique, "add index " + name + " on " + table.name()));
    }

    static MigrationDraft draft(TableRef table, String name, List<String> columns, boolean unique, String description)
            throws ScaffoldException {
        String index = ScaffoldNames.identifier("studio.name", name);
        String up = "CREATE " + (unique ? "UNIQUE " : "") + "INDEX CONCURRENTLY " + index + " ON "
                + ScaffoldNames.qualified("studio.entity", table) + " (" + ScaffoldNames.columnList("studio.columns", columns)
                + ");\n";
        String down = "DROP INDEX CONCURRENTLY IF EXISTS " + ScaffoldNames.identifier("studio.entity", table.schema())
                + "." + index + ";\n";
        return new MigrationDraft(description, up, down, false);
    }
}
