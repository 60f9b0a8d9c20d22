package dev.migrationstudio.core.lint.rules;

import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.lint.Hit;
import dev.migrationstudio.core.lint.LintContext;
import dev.migrationstudio.core.lint.LintStatement;
import dev.migrationstudio.core.lint.RuleInfo;
import dev.migrationstudio.core.sql.parse.AlterAction;
import dev.migrationstudio.core.sql.parse.QualifiedName;
import java.util.List;

public final class DropColumnRule extends AlterExistingTableRule {
    private static final RuleInfo INFO = new RuleInfo("drop-column", Severity.WARNING,
            "DROP COLUMN on an existing table",
            "The column's data is gone, and running application versions that select or insert it fail "
                    + "(ORMs that cache column lists included).",
            "Stop using the column in the application, deploy, then drop it in a later migration.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    List<Hit> check(LintStatement statement, LintContext context, QualifiedName table, AlterAction action) {
        if (!(action instanceof AlterAction.DropColumn drop)) {
            return List.of();
        }
        String name = Sql.name(table);
        return List.of(Hit.at(statement, "Dropping " + name + "." + Sql.ident(drop.column())
                        + " deletes its data; running clients that use the column fail",
                "Remove every use of " + Sql.ident(drop.column()) + " from the application and deploy; then "
                        + "ALTER TABLE " + name + " DROP COLUMN " + Sql.ident(drop.column())
                        + "; in a later migration"));
    }
}
