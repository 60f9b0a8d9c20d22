package dev.migrationstudio.liquibase;

/** Liquibase could not update a database or read its status. The message names the changelog and the database. */
public class LiquibaseRunException extends Exception {
    public LiquibaseRunException(String message, Throwable cause) {
        super(message, cause);
    }
}
