package dev.migrationstudio.core.lint.rules;

import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.lint.Hit;
import dev.migrationstudio.core.lint.LintContext;
import dev.migrationstudio.core.lint.LintRule;
import dev.migrationstudio.core.lint.LintStatement;
import dev.migrationstudio.core.lint.RuleInfo;
import dev.migrationstudio.core.sql.parse.AlterAction;
import dev.migrationstudio.core.sql.parse.ParsedStatement;
import java.util.List;

public final class DestructiveNoTransactionRule implements LintRule {
    private static final RuleInfo INFO = new RuleInfo("destructive-no-transaction", Severity.WARNING,
            "DROP or TRUNCATE in a script that runs outside a transaction",
            "If a later statement of the script fails, the drop is not rolled back: the data is gone and the "
                    + "migration is half applied.",
            "Move the destructive statement to its own script that runs in a transaction.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Hit> check(LintStatement statement, LintContext context) {
        if (context.inTransaction() || !destructive(statement, context)) {
            return List.of();
        }
        return List.of(Hit.at(statement, "This destructive statement runs outside a transaction"
                        + (context.isLiquibase() ? " (runInTransaction=\"false\")" : "")
                        + ": a failure after it leaves the data gone and the migration half applied",
                "Move it to its own " + (context.isLiquibase() ? "changeset" : "script")
                        + " that runs in a transaction, after the non-transactional work."));
    }

    private static boolean destructive(LintStatement statement, LintContext context) {
        ParsedStatement parsed = statement.parsed();
        if (parsed instanceof ParsedStatement.Truncate truncate) {
            return truncate.tables().stream().anyMatch(context::isExistingTable);
        }
        if (parsed instanceof ParsedStatement.Drop drop) {
            return drop.kind() == ParsedStatement.ObjectKind.SCHEMA
                    || (drop.kind() == ParsedStatement.ObjectKind.TABLE
                    && drop.names().stream().anyMatch(context::isExistingTable));
        }
        return parsed instanceof ParsedStatement.AlterTable alter && context.isExistingTable(alter.table())
                && alter.actions().stream().anyMatch(a -> a instanceof AlterAction.DropColumn);
    }
}
