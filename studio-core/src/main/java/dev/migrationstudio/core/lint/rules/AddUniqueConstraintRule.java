package dev.migrationstudio.core.lint.rules;

import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.lint.Hit;
import dev.migrationstudio.core.lint.LintContext;
import dev.migrationstudio.core.lint.LintStatement;
import dev.migrationstudio.core.lint.RuleInfo;
import dev.migrationstudio.core.sql.parse.AlterAction;
import dev.migrationstudio.core.sql.parse.QualifiedName;
import dev.migrationstudio.core.sql.parse.TableConstraint;
import java.util.List;

public final class AddUniqueConstraintRule extends AlterExistingTableRule {
    private static final RuleInfo INFO = new RuleInfo("add-unique-constraint", Severity.ERROR,
            "ADD UNIQUE or ADD PRIMARY KEY that builds its index under ACCESS EXCLUSIVE",
            "Adding the constraint builds its unique index while holding an ACCESS EXCLUSIVE lock: no reads or "
                    + "writes until the whole table is indexed.",
            "CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT ... UNIQUE (or PRIMARY KEY) USING INDEX.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    List<Hit> check(LintStatement statement, LintContext context, QualifiedName table, AlterAction action) {
        List<TableConstraint> constraints = action instanceof AlterAction.AddConstraint add
                ? List.of(add.constraint())
                : action instanceof AlterAction.AddColumn add ? add.column().constraints() : List.of();
        return constraints.stream().filter(AddUniqueConstraintRule::buildsIndex)
                .map(c -> hit(statement, context, table, c)).toList();
    }

    private static boolean buildsIndex(TableConstraint constraint) {
        return (constraint.kind() == TableConstraint.Kind.UNIQUE
                || constraint.kind() == TableConstraint.Kind.PRIMARY_KEY) && constraint.usingIndex() == null;
    }

    private static Hit hit(LintStatement statement, LintContext context, QualifiedName table, TableConstraint c) {
        boolean primary = c.kind() == TableConstraint.Kind.PRIMARY_KEY;
        String kind = primary ? "PRIMARY KEY" : "UNIQUE";
        String name = c.name() != null ? Sql.ident(c.name()) : Sql.derivedName(table, c.columns(), primary ? "pkey" : "key");
        String index = c.name() != null ? Sql.ident(c.name() + "_idx") : Sql.derivedName(table, c.columns(), "idx");
        return Hit.at(statement, "ADD " + kind + " builds its index on " + context.describeTable(table)
                        + " under an ACCESS EXCLUSIVE lock",
                "CREATE UNIQUE INDEX CONCURRENTLY " + index + " ON " + Sql.name(table) + " (" + Sql.columns(c.columns())
                        + ");  -- own script, outside a transaction\n"
                        + "ALTER TABLE " + Sql.name(table) + " ADD CONSTRAINT " + name + " " + kind + " USING INDEX "
                        + index + ";");
    }
}
