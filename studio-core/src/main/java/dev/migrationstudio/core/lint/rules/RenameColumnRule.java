package dev.migrationstudio.core.lint.rules;

import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.lint.Hit;
import dev.migrationstudio.core.lint.LintContext;
import dev.migrationstudio.core.lint.LintStatement;
import dev.migrationstudio.core.lint.RuleInfo;
import dev.migrationstudio.core.sql.parse.AlterAction;
import dev.migrationstudio.core.sql.parse.QualifiedName;
import java.util.List;

public final class RenameColumnRule extends AlterExistingTableRule {
    private static final RuleInfo INFO = new RuleInfo("rename-column", Severity.WARNING,
            "RENAME COLUMN on an existing table",
            "Application versions still running use the old name and fail the moment the migration commits.",
            "Expand and contract: add the new column, write both, backfill, switch reads, drop the old one later.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    List<Hit> check(LintStatement statement, LintContext context, QualifiedName table, AlterAction action) {
        if (!(action instanceof AlterAction.RenameColumn rename)) {
            return List.of();
        }
        String t = Sql.name(table);
        return List.of(Hit.at(statement, "Renaming " + t + "." + Sql.ident(rename.from()) + " to "
                        + Sql.ident(rename.to()) + " breaks running clients that use the old name",
                "ALTER TABLE " + t + " ADD COLUMN " + Sql.ident(rename.to()) + " <type>;  -- write both, "
                        + "backfill, switch reads to " + Sql.ident(rename.to()) + ", then drop "
                        + Sql.ident(rename.from()) + " in a later migration"));
    }
}
