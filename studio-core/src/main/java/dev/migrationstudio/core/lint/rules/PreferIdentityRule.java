package dev.migrationstudio.core.lint.rules;

import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.lint.LintContext;
import dev.migrationstudio.core.lint.RuleInfo;
import dev.migrationstudio.core.sql.parse.TypeNames;

public final class PreferIdentityRule extends ColumnTypeRule {
    private static final RuleInfo INFO = new RuleInfo("prefer-identity", Severity.INFO, "A serial column",
            "serial creates a separately owned sequence: its privileges, ownership and dumps need care, and "
                    + "explicit inserts silently get out of step with it.",
            "Use GENERATED ALWAYS AS IDENTITY (PostgreSQL 10+).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    Advice advice(DefinedColumns c, String type, LintContext context) {
        return context.pgVersion() >= 10 && TypeNames.isSerial(c.column().type())
                ? new Advice(column(c) + " is " + c.column().type() + "; an identity column is the standard form",
                Sql.ident(c.column().name()) + " " + (type.equals("integer") ? "bigint" : type)
                        + " GENERATED ALWAYS AS IDENTITY") : null;
    }
}
