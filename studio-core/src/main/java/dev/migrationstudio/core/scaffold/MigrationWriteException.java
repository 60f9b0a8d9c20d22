package dev.migrationstudio.core.scaffold;

/** A migration that cannot be written; the message names the file or setting to fix. */
public final class MigrationWriteException extends Exception {
    public MigrationWriteException(String message) {
        super(message);
    }

    public MigrationWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
