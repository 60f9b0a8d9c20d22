package dev.migrationstudio.core.lint.rules;

import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.lint.LintContext;
import dev.migrationstudio.core.lint.RuleInfo;
import dev.migrationstudio.core.sql.parse.ColumnDefinition;
import dev.migrationstudio.core.sql.parse.TypeNames;

/**
 * Only for key and counter columns (primary key, identity, serial), where running out of values stops every
 * insert; an ordinary integer column such as a quantity is fine.
 */
public final class PreferBigintOverIntRule extends ColumnTypeRule {
    private static final RuleInfo INFO = new RuleInfo("prefer-bigint-over-int", Severity.INFO,
            "An integer or smallint key or counter column",
            "integer keys run out at 2,147,483,647 (smallint at 32,767): inserts then fail, and widening the "
                    + "column later rewrites the table.",
            "Use bigint for primary keys, identity and serial columns.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    Advice advice(DefinedColumns c, String type, LintContext context) {
        boolean narrow = type.equals("integer") || type.equals("smallint");
        boolean counter = c.primaryKey() || c.column().identity() != ColumnDefinition.Identity.NONE
                || TypeNames.isSerial(c.column().type());
        return narrow && counter ? new Advice(column(c) + " is a " + type + " key; it runs out at "
                + (type.equals("integer") ? "2,147,483,647" : "32,767"),
                Sql.ident(c.column().name()) + " bigint") : null;
    }
}
