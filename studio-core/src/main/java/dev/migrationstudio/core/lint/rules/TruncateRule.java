package dev.migrationstudio.core.lint.rules;

import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.lint.Hit;
import dev.migrationstudio.core.lint.LintContext;
import dev.migrationstudio.core.lint.LintRule;
import dev.migrationstudio.core.lint.LintStatement;
import dev.migrationstudio.core.lint.RuleInfo;
import dev.migrationstudio.core.sql.parse.ParsedStatement;
import java.util.List;

public final class TruncateRule implements LintRule {
    private static final RuleInfo INFO = new RuleInfo("truncate", Severity.ERROR,
            "TRUNCATE in a migration",
            "TRUNCATE deletes every row at once under an ACCESS EXCLUSIVE lock and cannot be undone by a later "
                    + "migration; with CASCADE it also empties every table that references it.",
            "Delete rows in batches with DELETE ... WHERE, or empty the table in a reviewed maintenance step; "
                    + "list each table instead of CASCADE.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Hit> check(LintStatement statement, LintContext context) {
        if (!(statement.parsed() instanceof ParsedStatement.Truncate truncate)
                || truncate.tables().stream().noneMatch(context::isExistingTable)) {
            return List.of();
        }
        String tables = String.join(", ", truncate.tables().stream().map(Sql::name).toList());
        String message = "TRUNCATE " + tables + " deletes every row"
                + (truncate.cascade() ? "; CASCADE also empties every table with a foreign key to "
                + (truncate.tables().size() == 1 ? "it" : "them") : "");
        return List.of(Hit.at(statement, message, "DELETE FROM " + Sql.name(truncate.tables().get(0))
                + " WHERE <condition>;  -- in batches, or empty the table in a reviewed maintenance step"
                + (truncate.cascade() ? "; name every table instead of CASCADE" : "")));
    }
}
