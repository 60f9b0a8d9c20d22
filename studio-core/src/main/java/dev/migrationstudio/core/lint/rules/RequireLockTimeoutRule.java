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

/** One finding per script, at the first statement that needs the timeout. */
public final class RequireLockTimeoutRule implements LintRule {
    private static final RuleInfo INFO = new RuleInfo("require-lock-timeout", Severity.WARNING,
            "A lock-taking statement on an existing table with no lock_timeout set before it",
            "While a DDL statement waits for its lock (behind one long query), every other query on the table "
                    + "queues behind it: a few seconds of waiting becomes an outage.",
            "SET lock_timeout = '5s'; at the top of the script, and retry the migration when it times out.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Hit> check(LintStatement statement, LintContext context) {
        List<QualifiedName> locked = LockedTables.of(statement, context);
        if (locked.isEmpty() || timeoutSetBefore(context, statement)) {
            return List.of();
        }
        return List.of(Hit.firstIn(statement, "This statement locks " + context.describeTable(locked.get(0))
                        + " with no lock_timeout set earlier in the script: while it waits, all traffic on the "
                        + "table queues behind it",
                "SET lock_timeout = '5s';  -- first statement of the script; retry the migration on timeout"));
    }

    private static boolean timeoutSetBefore(LintContext context, LintStatement statement) {
        return context.statements().subList(0, statement.index()).stream()
                .anyMatch(s -> s.parsed() instanceof ParsedStatement.SetStatement set
                        && set.name().equals("lock_timeout") && set.value() != null && !disabled(set.value()));
    }

    private static boolean disabled(String value) {
        return value.replace("'", "").strip().matches("0+(ms|s|min)?");
    }
}
