package dev.migrationstudio.core.source;

import java.nio.file.Path;

/**
 * One unit of a migration history, in the order the tool would run it: a Flyway script, or a Liquibase
 * changeset turned into the SQL it would run on PostgreSQL.
 *
 * @param id            stable id: the Flyway file name, or {@code changelog::id::author} for a changeset
 * @param version       Flyway version ({@code 1.2}), or null for repeatables and Liquibase
 * @param description   human description (Flyway description, changeset id)
 * @param kind          versioned, repeatable, undo, or changeset
 * @param file          the file positions point into (the Flyway script, or the changelog that holds the changeset)
 * @param sql           the SQL text
 * @param firstLine     line in {@code file} where {@code sql} starts (1 for a Flyway script)
 * @param transactional whether the tool runs the script inside a transaction
 * @param changeSet     Liquibase changeset coordinates, or null
 */
public record MigrationScript(
        String id,
        String version,
        String description,
        Kind kind,
        Path file,
        String sql,
        int firstLine,
        boolean transactional,
        ChangeSetRef changeSet) {

    public enum Kind { VERSIONED, REPEATABLE, UNDO, CHANGESET }

    /** Where a Liquibase changeset lives. */
    public record ChangeSetRef(String changelog, String id, String author) {
    }
}
