package dev.migrationstudio.core.lint.rules;

import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.lint.Hit;
import dev.migrationstudio.core.lint.LintContext;
import dev.migrationstudio.core.lint.LintRule;
import dev.migrationstudio.core.lint.LintStatement;
import dev.migrationstudio.core.lint.RuleInfo;
import dev.migrationstudio.core.sql.parse.ParsedStatement;
import dev.migrationstudio.core.sql.parse.ParsedStatement.TransactionControl.Action;
import java.util.List;
import java.util.Set;

public final class TransactionControlRule implements LintRule {
    private static final RuleInfo INFO = new RuleInfo("transaction-control", Severity.ERROR,
            "BEGIN, COMMIT or ROLLBACK in a script the tool already runs in a transaction",
            "A COMMIT ends the tool's own transaction: what follows is no longer rolled back with the rest, and "
                    + "the tool's bookkeeping may disagree with the database.",
            "Remove the transaction statements and let the tool own the transaction, or make the script "
                    + "non-transactional (Flyway executeInTransaction=false, Liquibase runInTransaction=\"false\").");
    private static final Set<Action> ENDING = Set.of(Action.BEGIN, Action.COMMIT, Action.ROLLBACK, Action.PREPARE);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Hit> check(LintStatement statement, LintContext context) {
        if (!context.inTransaction() || !(statement.parsed() instanceof ParsedStatement.TransactionControl control)
                || !ENDING.contains(control.action())) {
            return List.of();
        }
        return List.of(Hit.at(statement, control.action() + " inside a script that "
                        + (context.isLiquibase() ? "Liquibase" : "Flyway") + " already runs in a transaction",
                "Remove " + control.action() + "; the tool commits the script as one transaction"));
    }
}
