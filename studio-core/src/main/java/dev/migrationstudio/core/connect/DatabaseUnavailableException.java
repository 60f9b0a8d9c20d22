package dev.migrationstudio.core.connect;

/** A database could not be reached or used. The message names the setting to fix and never holds a password. */
public class DatabaseUnavailableException extends Exception {
    public DatabaseUnavailableException(String message) {
        super(message);
    }

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
