package dev.migrationstudio.core.scaffold;

/**
 * {@code create-view}: a view with {@code security_invoker} on (Postgres 15+), so the row level security of the
 * tables it reads applies to whoever queries it, not to the view's owner.
 */
public final class CreateViewScaffold {
    private CreateViewScaffold() {
    }

    public static Scaffold generate(String schema, String name, String query) throws ScaffoldException {
        String view = ScaffoldNames.identifier("studio.schema", schema) + "." + ScaffoldNames.identifier("studio.name", name);
        String up = "CREATE VIEW " + view + "\n    WITH (security_invoker = true)\nAS\n"
                + Fragments.query("studio.query", query) + ";\n";
        return Scaffold.of(new MigrationDraft("create view " + name, up, "DROP VIEW " + view + ";\n", true));
    }
}
