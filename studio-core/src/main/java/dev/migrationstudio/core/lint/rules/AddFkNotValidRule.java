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

public final class AddFkNotValidRule extends AlterExistingTableRule {
    private static final RuleInfo INFO = new RuleInfo("add-fk-not-valid", Severity.ERROR,
            "ADD FOREIGN KEY without NOT VALID on an existing table",
            "Adding a foreign key checks every row while holding SHARE ROW EXCLUSIVE on both tables: writes to "
                    + "the table and to the referenced table wait for the whole scan.",
            "ADD CONSTRAINT ... FOREIGN KEY ... NOT VALID, then VALIDATE CONSTRAINT in a later transaction "
                    + "(it takes a lock that lets writes go on).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    List<Hit> check(LintStatement statement, LintContext context, QualifiedName table, AlterAction action) {
        List<TableConstraint> constraints = action instanceof AlterAction.AddConstraint add
                ? List.of(add.constraint())
                : action instanceof AlterAction.AddColumn add ? add.column().constraints() : List.of();
        return constraints.stream().filter(c -> c.kind() == TableConstraint.Kind.FOREIGN_KEY && !c.notValid())
                .map(c -> Hit.at(statement, "Adding a foreign key on " + context.describeTable(table)
                                + " blocks writes to it and to " + Sql.name(c.references().table())
                                + " while every row is checked",
                        ConstraintSql.notValidThenValidate(table, c, "fkey")))
                .toList();
    }
}
