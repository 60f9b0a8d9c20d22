package dev.migrationstudio.core.sqlast;

import dev.migrationstudio.core.sql.parse.AlterAction;
import dev.migrationstudio.core.sql.parse.ParsedStatement;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What a statement means for running its script: transaction control, data loss, transaction-block limits. */
public final class StatementRisk {
    /** First from PostgreSQL 12, {@code ALTER TYPE ... ADD VALUE} may run inside a transaction block. */
    private static final int ADD_VALUE_IN_TRANSACTION_SINCE = 12;
    private static final Set<String> NEVER_IN_TRANSACTION = Set.of(
            "VACUUM", "CREATE DATABASE", "DROP DATABASE", "CREATE TABLESPACE", "DROP TABLESPACE", "ALTER SYSTEM",
            "CREATE SUBSCRIPTION", "DROP SUBSCRIPTION");

    private StatementRisk() {
    }

    public static boolean controlsTransaction(ParsedStatement statement) {
        return statement instanceof ParsedStatement.TransactionControl;
    }

    public static boolean destructive(ParsedStatement statement) {
        if (statement instanceof ParsedStatement.AlterTable alter) {
            return alter.actions().stream().anyMatch(action -> action instanceof AlterAction.DropColumn
                    || action instanceof AlterAction.DropConstraint || action instanceof AlterAction.AlterColumnType);
        }
        return statement instanceof ParsedStatement.Drop
                || statement instanceof ParsedStatement.DropFunction
                || statement instanceof ParsedStatement.DropPolicy
                || statement instanceof ParsedStatement.DropTrigger
                || statement instanceof ParsedStatement.Truncate
                || (statement instanceof ParsedStatement.Dml dml && dml.kind() == ParsedStatement.Dml.Kind.DELETE);
    }

    /** Why PostgreSQL {@code postgresMajor} refuses the statement in a transaction block, if it does. */
    public static Optional<String> whyNotInTransaction(ParsedStatement statement, int postgresMajor) {
        if (statement instanceof ParsedStatement.CreateIndex create && create.concurrently()) {
            return Optional.of("CREATE INDEX CONCURRENTLY cannot run inside a transaction block");
        }
        if (statement instanceof ParsedStatement.Drop drop && drop.concurrently()) {
            return Optional.of("DROP INDEX CONCURRENTLY cannot run inside a transaction block");
        }
        if (statement instanceof ParsedStatement.Reindex reindex) {
            return reindex(reindex);
        }
        if (statement instanceof ParsedStatement.AlterTable alter && alter.actions().stream()
                .anyMatch(a -> a instanceof AlterAction.DetachPartition detach && detach.concurrently())) {
            return Optional.of("DETACH PARTITION CONCURRENTLY cannot run inside a transaction block");
        }
        if (statement instanceof ParsedStatement.AlterTypeAddValue && postgresMajor < ADD_VALUE_IN_TRANSACTION_SINCE) {
            return Optional.of("ALTER TYPE ... ADD VALUE cannot run inside a transaction block before PostgreSQL 12");
        }
        if (statement instanceof ParsedStatement.Other other && NEVER_IN_TRANSACTION.contains(other.keyword())) {
            return Optional.of(other.keyword() + " cannot run inside a transaction block");
        }
        return Optional.empty();
    }

    private static Optional<String> reindex(ParsedStatement.Reindex reindex) {
        if (reindex.concurrently()) {
            return Optional.of("REINDEX CONCURRENTLY cannot run inside a transaction block");
        }
        String target = reindex.targetKind() == null ? "" : reindex.targetKind().toUpperCase(Locale.ROOT);
        if (target.equals("DATABASE") || target.equals("SYSTEM")) {
            return Optional.of("REINDEX " + target + " cannot run inside a transaction block");
        }
        return Optional.empty();
    }
}
