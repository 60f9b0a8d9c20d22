package dev.migrationstudio.core.lint.rules;

import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.lint.Hit;
import dev.migrationstudio.core.lint.LintContext;
import dev.migrationstudio.core.lint.LintRule;
import dev.migrationstudio.core.lint.LintStatement;
import dev.migrationstudio.core.lint.RuleInfo;
import dev.migrationstudio.core.sql.parse.ParsedStatement;
import java.util.List;

public final class EnumAddValueOrderingRule implements LintRule {
    private static final RuleInfo INFO = new RuleInfo("enum-add-value-ordering", Severity.INFO,
            "ALTER TYPE ... ADD VALUE without BEFORE or AFTER",
            "The new label sorts after every existing one: ORDER BY and comparisons on the enum change meaning "
                    + "if the labels have an intended order.",
            "Say where the label goes: ADD VALUE 'x' BEFORE 'y' or AFTER 'y'.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Hit> check(LintStatement statement, LintContext context) {
        if (!(statement.parsed() instanceof ParsedStatement.AlterTypeAddValue add)
                || add.before() != null || add.after() != null) {
            return List.of();
        }
        String label = "'" + add.value().replace("'", "''") + "'";
        return List.of(Hit.at(statement, "Label " + label + " is appended after every label of " + Sql.name(add.type())
                        + "; ORDER BY sorts it last",
                "ALTER TYPE " + Sql.name(add.type()) + " ADD VALUE " + (add.ifNotExists() ? "IF NOT EXISTS " : "")
                        + label + " AFTER '<existing label>';"));
    }
}
