package dev.migrationstudio.core.lint.rules;

import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.lint.Hit;
import dev.migrationstudio.core.lint.LintContext;
import dev.migrationstudio.core.lint.LintRule;
import dev.migrationstudio.core.lint.LintStatement;
import dev.migrationstudio.core.lint.RuleInfo;
import dev.migrationstudio.core.sql.parse.TypeNames;
import java.util.ArrayList;
import java.util.List;

public final class AddColumnVolatileDefaultRule implements LintRule {
    private static final RuleInfo INFO = new RuleInfo("add-column-volatile-default", Severity.ERROR,
            "ADD COLUMN with a default that rewrites the table",
            "A volatile default (random(), gen_random_uuid(), clock_timestamp() ...) is computed per row, so the "
                    + "whole table is rewritten under an ACCESS EXCLUSIVE lock; before PostgreSQL 11 any default did.",
            "Add the column without a default, SET DEFAULT for new rows, then backfill existing rows in batches.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Hit> check(LintStatement statement, LintContext context) {
        List<Hit> hits = new ArrayList<>();
        for (DefinedColumns c : DefinedColumns.of(statement)) {
            String expression = c.column().defaultExpression();
            if (!c.added() || expression == null || expression.strip().equalsIgnoreCase("null")
                    || TypeNames.isSerial(c.column().type()) || !context.isExistingTable(c.table())) {
                continue;
            }
            String reason = context.pgVersion() < 11 ? "before PostgreSQL 11 any default"
                    : volatileReason(expression, context);
            if (reason != null) {
                hits.add(hit(statement, context, c, reason));
            }
        }
        return hits;
    }

    private static String volatileReason(String expression, LintContext context) {
        String call = Volatility.volatileCall(expression, context.finalModel());
        return call == null ? null : "the volatile default " + call;
    }

    private static Hit hit(LintStatement statement, LintContext context, DefinedColumns c, String reason) {
        String table = Sql.name(c.table());
        String column = Sql.ident(c.column().name());
        return Hit.at(statement, "Adding " + column + " with " + reason + " rewrites "
                        + context.describeTable(c.table()) + " under an ACCESS EXCLUSIVE lock",
                "ALTER TABLE " + table + " ADD COLUMN " + column + " " + c.column().type() + ";\n"
                        + "ALTER TABLE " + table + " ALTER COLUMN " + column + " SET DEFAULT "
                        + c.column().defaultExpression() + ";\n"
                        + "-- then backfill in batches: UPDATE " + table + " SET " + column + " = "
                        + c.column().defaultExpression() + " WHERE " + column + " IS NULL AND <key range>;");
    }
}
