package dev.migrationstudio.core.scaffold;

/**
 * The first statement of a transactional migration that locks an existing table: while a DDL statement waits
 * for its lock, every other query on the table queues behind it, so it must give up after a few seconds (and
 * the migration be retried) rather than wait. {@code SET LOCAL} ends with the migration's transaction, so the
 * setting does not leak into the tool's later migrations on the same connection.
 */
final class LockTimeout {
    static final String SET_LOCAL = "SET LOCAL lock_timeout = '5s';\n\n";

    private LockTimeout() {
    }
}
