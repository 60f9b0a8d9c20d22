package dev.migrationstudio.core.lint.rules;

import dev.migrationstudio.core.lint.LintContext;
import dev.migrationstudio.core.lint.LintStatement;
import dev.migrationstudio.core.sql.parse.ParsedStatement;
import dev.migrationstudio.core.sql.parse.QualifiedName;
import java.util.ArrayList;
import java.util.List;

/**
 * The existing tables a statement locks in a mode that blocks reads or writes while it waits or runs: ALTER
 * TABLE, a non-concurrent CREATE or DROP INDEX, DROP/TRUNCATE/RENAME of a table, triggers and policies (which take
 * SHARE ROW EXCLUSIVE or ACCESS EXCLUSIVE). Tables this script created are left out.
 */
final class LockedTables {
    private LockedTables() {
    }

    static List<QualifiedName> of(LintStatement statement, LintContext context) {
        List<QualifiedName> tables = new ArrayList<>();
        ParsedStatement parsed = statement.parsed();
        if (parsed instanceof ParsedStatement.AlterTable alter) {
            tables.add(alter.table());
        } else if (parsed instanceof ParsedStatement.CreateIndex index && !index.concurrently()) {
            tables.add(index.table());
        } else if (parsed instanceof ParsedStatement.Drop drop && !drop.concurrently()) {
            tables.addAll(droppedTables(drop, context));
        } else if (parsed instanceof ParsedStatement.Truncate truncate) {
            tables.addAll(truncate.tables());
        } else if (parsed instanceof ParsedStatement.Rename rename
                && rename.kind() == ParsedStatement.ObjectKind.TABLE) {
            tables.add(rename.name());
        } else {
            tables.addAll(triggerOrPolicyTable(parsed));
        }
        return tables.stream().filter(context::isExistingTable).toList();
    }

    private static List<QualifiedName> droppedTables(ParsedStatement.Drop drop, LintContext context) {
        if (drop.kind() == ParsedStatement.ObjectKind.TABLE) {
            return drop.names();
        }
        if (drop.kind() == ParsedStatement.ObjectKind.INDEX) {
            return drop.names().stream().filter(n -> !context.isNewIndex(n))
                    .flatMap(n -> context.index(n).stream())
                    .map(index -> new QualifiedName(index.schema(), index.table())).toList();
        }
        return List.of();
    }

    private static List<QualifiedName> triggerOrPolicyTable(ParsedStatement parsed) {
        if (parsed instanceof ParsedStatement.CreateTrigger trigger) {
            return List.of(trigger.table());
        } else if (parsed instanceof ParsedStatement.DropTrigger trigger) {
            return List.of(trigger.table());
        } else if (parsed instanceof ParsedStatement.CreatePolicy policy) {
            return List.of(policy.table());
        } else if (parsed instanceof ParsedStatement.AlterPolicy policy) {
            return List.of(policy.table());
        } else if (parsed instanceof ParsedStatement.DropPolicy policy) {
            return List.of(policy.table());
        }
        return List.of();
    }
}
