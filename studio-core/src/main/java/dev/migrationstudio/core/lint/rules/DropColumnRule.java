package dev.migrationstudio.core.lint.rules;

import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.lint.Hit;
import dev.migrationstudio.core.lint.LintContext;
import dev.migrationstudio.core.lint.LintRule;
import dev.migrationstudio.core.lint.LintStatement;
import dev.migrationstudio.core.lint.RuleInfo;
import dev.migrationstudio.core.sql.parse.AlterAction;
import java.util.ArrayList;
import java.util.List;

public final class DropColumnRule implements LintRule {
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
    public List<Hit> check(LintStatement statement, LintContext context) {
        List<Hit> hits = new ArrayList<>();
        for (AlterAction action : Sql.actions(statement.parsed())) {
            if (action instanceof AlterAction.DropColumn drop && context.isExistingTable(Sql.alteredTable(statement.parsed()))) {
                String table = Sql.name(Sql.alteredTable(statement.parsed()));
                hits.add(Hit.at(statement, "Dropping " + table + "." + Sql.ident(drop.column())
                                + " deletes its data; running clients that use the column fail",
                        "Remove every use of " + Sql.ident(drop.column()) + " from the application and deploy; then "
                                + "ALTER TABLE " + table + " DROP COLUMN " + Sql.ident(drop.column())
                                + "; in a later migration"));
            }
        }
        return hits;
    }
}
