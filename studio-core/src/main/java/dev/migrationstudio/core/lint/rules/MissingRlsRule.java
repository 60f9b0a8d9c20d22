package dev.migrationstudio.core.lint.rules;

import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.lint.Hit;
import dev.migrationstudio.core.lint.LintContext;
import dev.migrationstudio.core.lint.LintRule;
import dev.migrationstudio.core.lint.LintStatement;
import dev.migrationstudio.core.lint.RuleInfo;
import dev.migrationstudio.core.sql.parse.AlterAction;
import dev.migrationstudio.core.sql.parse.ParsedStatement;
import dev.migrationstudio.core.sql.parse.QualifiedName;
import java.util.List;

/**
 * Only for projects that rely on RLS (see {@code LintConfig#rlsRequired}): a plain PostgreSQL application that
 * never uses RLS is not asked to enable it on every table.
 */
public final class MissingRlsRule implements LintRule {
    private static final RuleInfo INFO = new RuleInfo("missing-rls", Severity.ERROR,
            "A new table in an exposed schema without ENABLE ROW LEVEL SECURITY in the same migration",
            "An API role with table privileges (Supabase grants them by default) reads and writes every row "
                    + "until RLS is on; the gap lasts as long as the next migration takes to arrive.",
            "ALTER TABLE <table> ENABLE ROW LEVEL SECURITY; in the migration that creates it, with its policies.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Hit> check(LintStatement statement, LintContext context) {
        if (!context.rlsRequired() || !(statement.parsed() instanceof ParsedStatement.CreateTable create)
                || create.temporary()) {
            return List.of();
        }
        String id = context.tableId(create.table());
        String schema = id.substring(0, id.indexOf('.'));
        if (!context.isExposedSchema(schema) || enabledLater(context, statement, create.table())) {
            return List.of();
        }
        return List.of(Hit.at(statement, "Table " + id + " is created in exposed schema " + schema
                        + " without ENABLE ROW LEVEL SECURITY in this migration",
                "ALTER TABLE " + Sql.name(create.table()) + " ENABLE ROW LEVEL SECURITY;  -- and its policies, "
                        + "in this migration"));
    }

    private static boolean enabledLater(LintContext context, LintStatement statement, QualifiedName table) {
        return context.statements().subList(statement.index() + 1, context.statements().size()).stream()
                .anyMatch(s -> s.parsed() instanceof ParsedStatement.AlterTable alter
                        && alter.table().name().equals(table.name())
                        && (alter.table().schema() == null || table.schema() == null
                        || alter.table().schema().equals(table.schema()))
                        && alter.actions().stream().anyMatch(a -> a instanceof AlterAction.EnableRls));
    }
}
