package dev.migrationstudio.core.lint.rules;

import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.lint.Hit;
import dev.migrationstudio.core.lint.LintContext;
import dev.migrationstudio.core.lint.LintRule;
import dev.migrationstudio.core.lint.LintStatement;
import dev.migrationstudio.core.lint.RuleInfo;
import dev.migrationstudio.core.sql.parse.ColumnDefinition;
import dev.migrationstudio.core.sql.parse.TypeNames;
import java.util.List;

public final class AddColumnRequiredRule implements LintRule {
    private static final RuleInfo INFO = new RuleInfo("add-column-required", Severity.ERROR,
            "ADD COLUMN ... NOT NULL without a default",
            "On a table with rows the statement fails; once it succeeds, running application versions that "
                    + "insert without the column fail.",
            "Add the column nullable (or NOT NULL with a constant DEFAULT on PostgreSQL 11+), backfill, then "
                    + "enforce NOT NULL safely.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Hit> check(LintStatement statement, LintContext context) {
        return DefinedColumns.of(statement).stream()
                .filter(c -> c.added() && context.isExistingTable(c.table()) && required(c.column()))
                .map(c -> Hit.at(statement, "Column " + Sql.ident(c.column().name()) + " is NOT NULL with no default: "
                                + "adding it fails if " + context.describeTable(c.table()) + " has rows",
                        "ALTER TABLE " + Sql.name(c.table()) + " ADD COLUMN " + Sql.ident(c.column().name()) + " "
                                + c.column().type() + " NOT NULL DEFAULT <constant>;  -- or add it nullable, "
                                + "backfill, then SET NOT NULL through a validated CHECK"))
                .toList();
    }

    private static boolean required(ColumnDefinition column) {
        return column.notNull() && column.defaultExpression() == null && column.generatedExpression() == null
                && column.identity() == ColumnDefinition.Identity.NONE && !TypeNames.isSerial(column.type());
    }
}
