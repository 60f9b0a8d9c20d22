package dev.migrationstudio.core.scaffold;

/**
 * {@code create-table}: a table with an identity primary key and a creation time, and row level security enabled
 * unless {@code rls} is false (then a warning says the table is open to every role that has privileges on it).
 */
public final class CreateTableScaffold {
    private CreateTableScaffold() {
    }

    public static Scaffold generate(String schema, String name, boolean rls) throws ScaffoldException {
        TableRef table = new TableRef(ScaffoldNames.checked("studio.schema", schema), ScaffoldNames.checked("studio.name", name));
        String qualified = ScaffoldNames.qualified("studio.name", table);
        StringBuilder up = new StringBuilder()
                .append("CREATE TABLE ").append(qualified).append(" (\n")
                .append("    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n")
                .append("    created_at timestamp with time zone NOT NULL DEFAULT now()\n")
                .append(");\n");
        String warning;
        if (rls) {
            up.append("\nALTER TABLE ").append(qualified).append(" ENABLE ROW LEVEL SECURITY;\n");
            warning = table.id() + " has row level security enabled and no policy yet: nobody but its owner can read"
                    + " or write it until you add one with studio:add-rls-policy";
        } else {
            warning = table.id() + " was created without row level security (studio.rls=false): every role with"
                    + " privileges on it sees every row";
        }
        MigrationDraft draft = new MigrationDraft("create table " + table.name(), up.toString(),
                "DROP TABLE " + qualified + ";\n", true);
        return Scaffold.of(draft, warning);
    }
}
