package dev.migrationstudio.core.lint.rules;

import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.lint.Hit;
import dev.migrationstudio.core.lint.LintContext;
import dev.migrationstudio.core.lint.LintStatement;
import dev.migrationstudio.core.lint.RuleInfo;
import dev.migrationstudio.core.sql.parse.AlterAction;
import dev.migrationstudio.core.sql.parse.QualifiedName;
import dev.migrationstudio.core.sql.parse.TableConstraint;
import java.util.List;

public final class AddCheckNotValidRule extends AlterExistingTableRule {
    private static final RuleInfo INFO = new RuleInfo("add-check-not-valid", Severity.ERROR,
            "ADD CHECK without NOT VALID on an existing table",
            "Adding a CHECK constraint scans the whole table under an ACCESS EXCLUSIVE lock.",
            "ADD CONSTRAINT ... CHECK (...) NOT VALID, then VALIDATE CONSTRAINT in a later transaction.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    List<Hit> check(LintStatement statement, LintContext context, QualifiedName table, AlterAction action) {
        if (action instanceof AlterAction.AddConstraint add
                && add.constraint().kind() == TableConstraint.Kind.CHECK && !add.notValid()) {
            return List.of(Hit.at(statement, "Adding a CHECK constraint scans " + context.describeTable(table)
                            + " under an ACCESS EXCLUSIVE lock",
                    ConstraintSql.notValidThenValidate(table, add.constraint(), "check")));
        }
        return List.of();
    }
}
