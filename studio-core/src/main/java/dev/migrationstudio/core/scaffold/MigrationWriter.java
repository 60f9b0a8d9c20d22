package dev.migrationstudio.core.scaffold;

import java.util.List;

/**
 * Where scaffolded migrations go, in the project's own tool format. Implemented by the bridges: Flyway writes
 * versioned scripts (and undo scripts), Liquibase writes changesets. A writer only plans: {@link WritePlan#commit()}
 * writes, so a dry run is the same plan left uncommitted.
 */
public interface MigrationWriter {

    /**
     * The files that hold {@code migrations}, in order, after the project's existing migrations.
     *
     * @throws MigrationWriteException when the project's layout does not allow it (no writable location, a
     *                                 changelog format that cannot be extended ...); the message says what to fix
     */
    WritePlan plan(List<MigrationDraft> migrations) throws MigrationWriteException;
}
