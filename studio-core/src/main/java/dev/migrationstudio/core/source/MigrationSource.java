package dev.migrationstudio.core.source;

import java.util.List;

/** Reads a project's migration history in the order its tool would apply it. Implemented by the bridges. */
public interface MigrationSource {

    /** A short name for messages: {@code flyway} or {@code liquibase}. */
    String tool();

    /** Where the history lives, for messages and artifacts (a directory or a changelog file). */
    String location();

    /**
     * The ordered history. Versioned scripts (or changesets) first in version order, then repeatables.
     *
     * @throws MigrationSourceException when the history cannot be read; the message names the file or setting
     */
    List<MigrationScript> scripts() throws MigrationSourceException;

    /**
     * Files of the history that could not be read as scripts and are therefore missing from {@link #scripts()}.
     * Reading goes on past them; callers report them next to what they found in the readable files.
     */
    default List<SourceProblem> problems() throws MigrationSourceException {
        return List.of();
    }
}
