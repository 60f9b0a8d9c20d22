package dev.migrationstudio.core.lint.rules;

import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.lint.Hit;
import dev.migrationstudio.core.lint.LintContext;
import dev.migrationstudio.core.lint.LintRule;
import dev.migrationstudio.core.lint.LintStatement;
import dev.migrationstudio.core.lint.RuleInfo;
import dev.migrationstudio.core.sql.parse.AlterAction;
import dev.migrationstudio.core.sql.parse.ParsedStatement;
import dev.migrationstudio.core.sql.parse.QualifiedName;
import java.util.ArrayList;
import java.util.List;

public final class ValidateSameTransactionRule implements LintRule {
    private static final RuleInfo INFO = new RuleInfo("validate-same-transaction", Severity.WARNING,
            "VALIDATE CONSTRAINT in the transaction that added the constraint NOT VALID",
            "The lock taken by ADD CONSTRAINT is held until the transaction ends, so validating in the same "
                    + "transaction scans the table under that lock: NOT VALID gained nothing.",
            "Validate in a later migration (or after a COMMIT in a script that runs outside a transaction).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Hit> check(LintStatement statement, LintContext context) {
        if (!context.inTransaction() || !(statement.parsed() instanceof ParsedStatement.AlterTable alter)
                || !context.isExistingTable(alter.table())) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        for (AlterAction action : alter.actions()) {
            if (action instanceof AlterAction.ValidateConstraint validate
                    && addedNotValidEarlier(context, statement, alter.table(), validate.name())) {
                hits.add(Hit.at(statement, "Constraint " + Sql.ident(validate.name())
                                + " is validated in the transaction that added it NOT VALID, under the same lock",
                        "Move ALTER TABLE " + Sql.name(alter.table()) + " VALIDATE CONSTRAINT "
                                + Sql.ident(validate.name()) + "; to the next migration"));
            }
        }
        return hits;
    }

    private static boolean addedNotValidEarlier(LintContext context, LintStatement statement, QualifiedName table,
                                                String constraint) {
        String tableId = context.tableId(table);
        return context.statements().subList(0, statement.index()).stream()
                .filter(s -> s.parsed() instanceof ParsedStatement.AlterTable a && context.tableId(a.table()).equals(tableId))
                .flatMap(s -> ((ParsedStatement.AlterTable) s.parsed()).actions().stream())
                .anyMatch(a -> a instanceof AlterAction.AddConstraint add && add.notValid()
                        && constraint.equals(add.constraint().name()));
    }
}
