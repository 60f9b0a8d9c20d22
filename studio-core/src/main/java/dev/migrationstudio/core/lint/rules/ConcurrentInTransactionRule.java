package dev.migrationstudio.core.lint.rules;

import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.lint.Hit;
import dev.migrationstudio.core.lint.LintContext;
import dev.migrationstudio.core.lint.LintRule;
import dev.migrationstudio.core.lint.LintStatement;
import dev.migrationstudio.core.lint.RuleInfo;
import dev.migrationstudio.core.lint.ScriptTransactions;
import dev.migrationstudio.core.sql.parse.AlterAction;
import dev.migrationstudio.core.sql.parse.ParsedStatement;
import java.util.List;

/**
 * CONCURRENTLY where it cannot work: inside a transaction PostgreSQL refuses it, and Flyway (unless
 * {@code mixed=true}) refuses a script that has a statement it runs outside a transaction next to others.
 */
public final class ConcurrentInTransactionRule implements LintRule {
    private static final RuleInfo INFO = new RuleInfo("concurrent-in-transaction", Severity.ERROR,
            "CONCURRENTLY in a script that runs in a transaction",
            "PostgreSQL refuses CREATE/DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY and DETACH PARTITION "
                    + "CONCURRENTLY inside a transaction block: the migration fails.",
            "Put the statement in a script of its own that runs outside a transaction (Liquibase: "
                    + "runInTransaction=\"false\"; Flyway: alone in its file).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Hit> check(LintStatement statement, LintContext context) {
        if (!concurrent(statement.parsed())) {
            return List.of();
        }
        if (context.inTransaction()) {
            return List.of(Hit.at(statement, "This CONCURRENTLY statement runs inside the "
                            + (context.isLiquibase() ? "changeset's" : "script's")
                            + " transaction: PostgreSQL refuses it",
                    context.isLiquibase() ? "Move it to a changeset with runInTransaction=\"false\""
                            : "Move it to a Flyway script of its own (Flyway then runs it outside a transaction)"));
        }
        if (!context.isLiquibase() && ScriptTransactions.flywayNonTransactional(statement, context.pgVersion())
                && context.statements().stream()
                .anyMatch(s -> !ScriptTransactions.flywayNonTransactional(s, context.pgVersion()))) {
            return List.of(Hit.at(statement, "Flyway refuses a script that mixes this non-transactional statement "
                            + "with transactional ones (unless mixed=true, which then runs none of it in a transaction)",
                    "Move it to a Flyway script of its own"));
        }
        return List.of();
    }

    private static boolean concurrent(ParsedStatement parsed) {
        if (parsed instanceof ParsedStatement.CreateIndex index) {
            return index.concurrently();
        }
        if (parsed instanceof ParsedStatement.Drop drop) {
            return drop.concurrently();
        }
        if (parsed instanceof ParsedStatement.Reindex reindex) {
            return reindex.concurrently();
        }
        return Sql.actions(parsed).stream()
                .anyMatch(a -> a instanceof AlterAction.DetachPartition detach && detach.concurrently());
    }
}
