package dev.migrationstudio.flyway;

import org.flywaydb.core.api.MigrationVersion;

/** What a file name means to Flyway, given the naming settings. */
sealed interface ScriptName {

    /** The kinds of migration script Flyway names by prefix. */
    enum Type {
        VERSIONED(true), REPEATABLE(false), UNDO(true), BASELINE(true);

        private final boolean hasVersion;

        Type(boolean hasVersion) {
            this.hasVersion = hasVersion;
        }

        boolean hasVersion() {
            return hasVersion;
        }
    }

    /** A migration script; {@code version} is null for a repeatable. */
    record Migration(Type type, MigrationVersion version, String description) implements ScriptName {
    }

    /** A SQL callback such as {@code afterMigrate.sql}: Flyway runs it around commands, it is not a migration. */
    record Callback(String event, String description) implements ScriptName {
    }

    /** A file with a migration suffix whose name Flyway would not accept; {@code reason} says why. */
    record Invalid(String reason) implements ScriptName {
    }
}
