package dev.migrationstudio.core.lint.rules;

import dev.migrationstudio.core.lint.Hit;
import dev.migrationstudio.core.lint.LintContext;
import dev.migrationstudio.core.lint.LintRule;
import dev.migrationstudio.core.lint.LintStatement;
import dev.migrationstudio.core.sql.parse.AlterAction;
import dev.migrationstudio.core.sql.parse.QualifiedName;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule about one kind of {@code ALTER TABLE} action on a table that existed before this script (tables the
 * script creates are empty and unused, so their locks cost nothing). Subclasses look at one action at a time.
 */
abstract class AlterExistingTableRule implements LintRule {

    @Override
    public final List<Hit> check(LintStatement statement, LintContext context) {
        List<AlterAction> actions = Sql.actions(statement.parsed());
        if (actions.isEmpty()) {
            return List.of();
        }
        QualifiedName table = Sql.alteredTable(statement.parsed());
        if (!context.isExistingTable(table)) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        for (AlterAction action : actions) {
            hits.addAll(check(statement, context, table, action));
        }
        return hits;
    }

    /** The hits for one action of an ALTER TABLE on the existing {@code table}. */
    abstract List<Hit> check(LintStatement statement, LintContext context, QualifiedName table, AlterAction action);
}
