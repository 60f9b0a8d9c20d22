package dev.migrationstudio.core.lint.rules;

import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.lint.Hit;
import dev.migrationstudio.core.lint.LintContext;
import dev.migrationstudio.core.lint.LintRule;
import dev.migrationstudio.core.lint.LintStatement;
import dev.migrationstudio.core.lint.RuleInfo;
import dev.migrationstudio.core.sql.parse.ParsedStatement;
import java.util.List;

public final class DropSchemaRule implements LintRule {
    private static final RuleInfo INFO = new RuleInfo("drop-schema", Severity.WARNING,
            "DROP SCHEMA",
            "Every object in the schema goes with it (with CASCADE, silently), and clients that use them fail.",
            "Move or drop the objects one by one in reviewed migrations, then drop the empty schema without CASCADE.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Hit> check(LintStatement statement, LintContext context) {
        if (!(statement.parsed() instanceof ParsedStatement.Drop drop)
                || drop.kind() != ParsedStatement.ObjectKind.SCHEMA) {
            return List.of();
        }
        return drop.names().stream().map(name -> Hit.at(statement, "DROP SCHEMA " + Sql.name(name)
                        + (drop.cascade() ? " CASCADE drops every table, view and function in it with their data"
                        : " removes the schema; clients that use it fail"),
                "Drop the objects of " + Sql.name(name) + " one by one in reviewed migrations, then DROP SCHEMA "
                        + Sql.name(name) + "; without CASCADE")).toList();
    }
}
