package dev.migrationstudio.core.lint.rules;

import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.lint.Hit;
import dev.migrationstudio.core.lint.LintContext;
import dev.migrationstudio.core.lint.LintRule;
import dev.migrationstudio.core.lint.LintStatement;
import dev.migrationstudio.core.lint.RuleInfo;
import dev.migrationstudio.core.sql.parse.ParsedStatement;
import dev.migrationstudio.core.sql.parse.QualifiedName;
import java.util.List;

public final class DropTableRule implements LintRule {
    private static final RuleInfo INFO = new RuleInfo("drop-table", Severity.WARNING,
            "DROP TABLE of a table earlier migrations created",
            "The data is gone, and application versions still running against the table fail.",
            "Stop reading and writing the table, deploy, then drop it in a later migration.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Hit> check(LintStatement statement, LintContext context) {
        if (!(statement.parsed() instanceof ParsedStatement.Drop drop)
                || drop.kind() != ParsedStatement.ObjectKind.TABLE) {
            return List.of();
        }
        return drop.names().stream().filter(context::isExistingTable)
                .map(name -> hit(statement, name, drop.cascade())).toList();
    }

    private static Hit hit(LintStatement statement, QualifiedName table, boolean cascade) {
        return Hit.at(statement, "DROP TABLE " + Sql.name(table) + " deletes its data; running clients that use it fail"
                        + (cascade ? "; CASCADE also drops views and foreign keys that depend on it" : ""),
                "Remove every use of " + Sql.name(table) + " from the application and deploy first; then drop it "
                        + "in a later migration (ALTER TABLE " + Sql.name(table) + " RENAME TO "
                        + Sql.ident(table.name() + "_deprecated") + " in between catches late readers).");
    }
}
