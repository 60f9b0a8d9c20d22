package dev.migrationstudio.core.sql.parse;

/** Internal signal that a reader met something it does not understand; it becomes an {@code Opaque} statement. */
final class ParseFailure extends RuntimeException {
    ParseFailure(String message) {
        super(message, null, false, false);
    }
}
