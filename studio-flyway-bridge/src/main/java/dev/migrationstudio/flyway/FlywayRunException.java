package dev.migrationstudio.flyway;

/** Flyway could not run a command; the message says which and why, with credentials masked. */
public class FlywayRunException extends Exception {
    public FlywayRunException(String message, Throwable cause) {
        super(message, cause);
    }
}
