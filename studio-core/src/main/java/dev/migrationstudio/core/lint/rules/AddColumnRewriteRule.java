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
import java.util.regex.Pattern;

public final class AddColumnRewriteRule implements LintRule {
    private static final RuleInfo INFO = new RuleInfo("add-column-rewrite", Severity.ERROR,
            "A stored generated, serial or identity column added to an existing table",
            "Each row needs its own value, so the whole table (and every index) is rewritten under an ACCESS "
                    + "EXCLUSIVE lock.",
            "Add a plain nullable column, fill it for new rows with a default or trigger, backfill in batches.");
    private static final Pattern VIRTUAL = Pattern.compile("(?i).*\\bvirtual\\b.*", Pattern.DOTALL);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Hit> check(LintStatement statement, LintContext context) {
        return DefinedColumns.of(statement).stream()
                .filter(c -> c.added() && context.isExistingTable(c.table()))
                .filter(c -> what(c.column(), statement, context) != null)
                .map(c -> Hit.at(statement, "Adding " + what(c.column(), statement, context) + " column "
                                + Sql.ident(c.column().name()) + " rewrites " + context.describeTable(c.table())
                                + " under an ACCESS EXCLUSIVE lock",
                        "ALTER TABLE " + Sql.name(c.table()) + " ADD COLUMN " + Sql.ident(c.column().name()) + " "
                                + TypeNames.canonical(c.column().type()) + ";  -- then fill new rows with a "
                                + "default or trigger and backfill old rows in batches"))
                .toList();
    }

    private static String what(ColumnDefinition column, LintStatement statement, LintContext context) {
        if (column.generatedExpression() != null) {
            boolean virtual = context.pgVersion() >= 18 && !statement.text().matches("(?is).*\\bstored\\b.*");
            return virtual || VIRTUAL.matcher(statement.text()).matches() ? null : "a stored generated";
        }
        if (column.identity() != ColumnDefinition.Identity.NONE) {
            return "an identity";
        }
        return TypeNames.isSerial(column.type()) ? "a serial" : null;
    }
}
