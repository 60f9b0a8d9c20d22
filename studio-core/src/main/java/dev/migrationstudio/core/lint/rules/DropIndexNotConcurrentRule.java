package dev.migrationstudio.core.lint.rules;

import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.lint.Hit;
import dev.migrationstudio.core.lint.LintContext;
import dev.migrationstudio.core.lint.LintRule;
import dev.migrationstudio.core.lint.LintStatement;
import dev.migrationstudio.core.lint.RuleInfo;
import dev.migrationstudio.core.sql.parse.ParsedStatement;
import java.util.List;

public final class DropIndexNotConcurrentRule implements LintRule {
    private static final RuleInfo INFO = new RuleInfo("drop-index-not-concurrent", Severity.WARNING,
            "DROP INDEX without CONCURRENTLY",
            "A plain DROP INDEX takes an ACCESS EXCLUSIVE lock on the table: reads and writes queue behind it "
                    + "and behind any long query it waits for.",
            "DROP INDEX CONCURRENTLY, one index per statement, in a script that runs outside a transaction.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Hit> check(LintStatement statement, LintContext context) {
        if (!(statement.parsed() instanceof ParsedStatement.Drop drop)
                || drop.kind() != ParsedStatement.ObjectKind.INDEX || drop.concurrently()) {
            return List.of();
        }
        return drop.names().stream().filter(name -> !context.isNewIndex(name))
                .map(name -> Hit.at(statement, "DROP INDEX " + Sql.name(name)
                                + " locks its table against reads and writes",
                        "DROP INDEX CONCURRENTLY " + (drop.ifExists() ? "IF EXISTS " : "") + Sql.name(name)
                                + ";  -- in a script that runs outside a transaction"))
                .toList();
    }
}
