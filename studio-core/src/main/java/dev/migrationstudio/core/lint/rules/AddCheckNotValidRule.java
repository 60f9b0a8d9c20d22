package dev.migrationstudio.core.lint.rules;

import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.lint.Hit;
import dev.migrationstudio.core.lint.LintContext;
import dev.migrationstudio.core.lint.LintRule;
import dev.migrationstudio.core.lint.LintStatement;
import dev.migrationstudio.core.lint.RuleInfo;
import dev.migrationstudio.core.sql.parse.AlterAction;
import dev.migrationstudio.core.sql.parse.QualifiedName;
import dev.migrationstudio.core.sql.parse.TableConstraint;
import java.util.ArrayList;
import java.util.List;

public final class AddCheckNotValidRule implements LintRule {
    private static final RuleInfo INFO = new RuleInfo("add-check-not-valid", Severity.ERROR,
            "ADD CHECK without NOT VALID on an existing table",
            "Adding a CHECK constraint scans the whole table under an ACCESS EXCLUSIVE lock.",
            "ADD CONSTRAINT ... CHECK (...) NOT VALID, then VALIDATE CONSTRAINT in a later transaction.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Hit> check(LintStatement statement, LintContext context) {
        List<Hit> hits = new ArrayList<>();
        for (AlterAction action : Sql.actions(statement.parsed())) {
            QualifiedName table = Sql.alteredTable(statement.parsed());
            if (action instanceof AlterAction.AddConstraint add && context.isExistingTable(table)
                    && add.constraint().kind() == TableConstraint.Kind.CHECK && !add.notValid()) {
                hits.add(Hit.at(statement, "Adding a CHECK constraint scans " + context.describeTable(table)
                                + " under an ACCESS EXCLUSIVE lock",
                        ConstraintSql.notValidThenValidate(table, add.constraint(), "check")));
            }
        }
        return hits;
    }
}
