package dev.migrationstudio.core.source;

/** The history cannot be read. The message names the file, line or setting to fix. */
public class MigrationSourceException extends Exception {
    public MigrationSourceException(String message) {
        super(message);
    }

    public MigrationSourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
