package dev.migrationstudio.core.scaffold;

/** {@code new}: an empty migration, named and numbered correctly, with its rollback beside it. */
public final class EmptyMigrationScaffold {
    private EmptyMigrationScaffold() {
    }

    public static Scaffold generate(String description) throws ScaffoldException {
        if (description == null || description.isBlank()) {
            throw new ScaffoldException("studio.name is missing: describe the migration, e.g. -Dstudio.name=backfill_slugs");
        }
        return Scaffold.of(new MigrationDraft(description.strip(), "-- Write the migration here.\n",
                "-- Write the statements that undo it here.\n", true));
    }
}
