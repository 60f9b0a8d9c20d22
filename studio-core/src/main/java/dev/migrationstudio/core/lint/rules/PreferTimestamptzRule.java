package dev.migrationstudio.core.lint.rules;

import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.lint.LintContext;
import dev.migrationstudio.core.lint.RuleInfo;

public final class PreferTimestamptzRule extends ColumnTypeRule {
    private static final RuleInfo INFO = new RuleInfo("prefer-timestamptz", Severity.INFO,
            "A timestamp without time zone column",
            "timestamp stores wall-clock time with no zone: values written by servers or sessions in different "
                    + "time zones cannot be compared.",
            "Use timestamptz (timestamp with time zone).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    Advice advice(DefinedColumns c, String type, LintContext context) {
        return type.startsWith("timestamp") && type.contains("without time zone")
                ? new Advice(column(c) + " is " + type + "; it loses the time zone",
                Sql.ident(c.column().name()) + " " + type.replace("without time zone", "with time zone")) : null;
    }
}
