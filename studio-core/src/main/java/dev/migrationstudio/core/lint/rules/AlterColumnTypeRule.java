package dev.migrationstudio.core.lint.rules;

import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.lint.Hit;
import dev.migrationstudio.core.lint.LintContext;
import dev.migrationstudio.core.lint.LintStatement;
import dev.migrationstudio.core.lint.RuleInfo;
import dev.migrationstudio.core.schema.Column;
import dev.migrationstudio.core.sql.parse.AlterAction;
import dev.migrationstudio.core.sql.parse.QualifiedName;
import dev.migrationstudio.core.sql.parse.TypeNames;
import java.util.List;

public final class AlterColumnTypeRule extends AlterExistingTableRule {
    private static final RuleInfo INFO = new RuleInfo("alter-column-type", Severity.ERROR,
            "A column type change that rewrites the table",
            "Unless the change is binary-coercible (varchar(n) to a longer varchar or text, a wider numeric, "
                    + "cidr to inet ...), PostgreSQL rewrites the table and rebuilds its indexes under an ACCESS "
                    + "EXCLUSIVE lock; without USING, a change that needs a cast fails.",
            "Add a column of the new type, write both, backfill in batches, switch reads, drop the old column.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    List<Hit> check(LintStatement statement, LintContext context, QualifiedName table, AlterAction action) {
        if (!(action instanceof AlterAction.AlterColumnType change)) {
            return List.of();
        }
        String from = context.table(table).flatMap(t -> t.columns().stream()
                .filter(c -> c.name().equals(change.column())).findFirst()).map(Column::type).orElse(null);
        String to = TypeNames.canonical(change.type());
        return from == null || !TypeChanges.isSafe(from, to)
                ? List.of(hit(statement, context, table, change, from, to)) : List.of();
    }

    private static Hit hit(LintStatement statement, LintContext context, QualifiedName table,
                           AlterAction.AlterColumnType change, String from, String to) {
        String column = Sql.ident(change.column());
        String needsUsing = change.using() == null && from != null && TypeChanges.isText(from) && !TypeChanges.isText(to)
                ? "; without USING " + column + "::" + to + " the change fails" : "";
        String message = "Changing " + column + (from == null ? " (type unknown to the history)" : " from " + from)
                + " to " + to + " rewrites " + context.describeTable(table) + " and its indexes under an ACCESS "
                + "EXCLUSIVE lock" + needsUsing;
        String t = Sql.name(table);
        String newColumn = Sql.ident(change.column() + "_new");
        return Hit.at(statement, message, "ALTER TABLE " + t + " ADD COLUMN " + newColumn + " " + to + ";\n"
                + "-- write both columns (trigger or application), then backfill in batches:\n"
                + "UPDATE " + t + " SET " + newColumn + " = "
                + (change.using() != null ? change.using() : column + "::" + to) + " WHERE <key range>;\n"
                + "-- switch reads to " + newColumn + ", then drop " + column + " and rename in a later migration");
    }
}
