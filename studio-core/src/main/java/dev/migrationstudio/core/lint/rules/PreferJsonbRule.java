package dev.migrationstudio.core.lint.rules;

import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.lint.LintContext;
import dev.migrationstudio.core.lint.RuleInfo;

public final class PreferJsonbRule extends ColumnTypeRule {
    private static final RuleInfo INFO = new RuleInfo("prefer-jsonb", Severity.INFO, "A json column",
            "json keeps the text as written: no equality operator (SELECT DISTINCT and GROUP BY fail), no GIN "
                    + "index, and every access re-parses it.",
            "Use jsonb.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    Advice advice(DefinedColumns c, String type, LintContext context) {
        return type.equals("json") || type.equals("json[]")
                ? new Advice(column(c) + " is json; jsonb compares, indexes and queries faster",
                Sql.ident(c.column().name()) + " " + type.replace("json", "jsonb")) : null;
    }
}
