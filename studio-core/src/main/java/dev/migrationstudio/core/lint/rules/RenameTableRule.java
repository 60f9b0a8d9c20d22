package dev.migrationstudio.core.lint.rules;

import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.lint.Hit;
import dev.migrationstudio.core.lint.LintContext;
import dev.migrationstudio.core.lint.LintRule;
import dev.migrationstudio.core.lint.LintStatement;
import dev.migrationstudio.core.lint.RuleInfo;
import dev.migrationstudio.core.sql.parse.ParsedStatement;
import java.util.List;

/** Quiet when the same script creates a view with the old name, the usual way to keep old clients working. */
public final class RenameTableRule implements LintRule {
    private static final RuleInfo INFO = new RuleInfo("rename-table", Severity.WARNING,
            "RENAME of an existing table",
            "Application versions still running use the old name and fail the moment the migration commits.",
            "Rename, then CREATE VIEW <old name> AS SELECT * FROM <new name> in the same migration until every "
                    + "client uses the new name; drop the view later.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Hit> check(LintStatement statement, LintContext context) {
        if (!(statement.parsed() instanceof ParsedStatement.Rename rename)
                || rename.kind() != ParsedStatement.ObjectKind.TABLE || !context.isExistingTable(rename.name())
                || oldNameKeptAsView(context, statement, rename)) {
            return List.of();
        }
        String renamed = rename.name().schema() == null ? Sql.ident(rename.newName())
                : Sql.ident(rename.name().schema()) + "." + Sql.ident(rename.newName());
        return List.of(Hit.at(statement, "Renaming " + Sql.name(rename.name()) + " to " + Sql.ident(rename.newName())
                        + " breaks running clients that use the old name",
                statement.text() + ";\nCREATE VIEW " + Sql.name(rename.name()) + " AS SELECT * FROM " + renamed
                        + ";  -- drop the view once no client uses the old name"));
    }

    private static boolean oldNameKeptAsView(LintContext context, LintStatement statement,
                                             ParsedStatement.Rename rename) {
        return context.statements().subList(statement.index() + 1, context.statements().size()).stream()
                .anyMatch(s -> s.parsed() instanceof ParsedStatement.CreateView view
                        && view.name().name().equals(rename.name().name()));
    }
}
