package dev.migrationstudio.core.lint.rules;

import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.lint.Hit;
import dev.migrationstudio.core.lint.LintContext;
import dev.migrationstudio.core.lint.LintStatement;
import dev.migrationstudio.core.lint.RuleInfo;
import dev.migrationstudio.core.schema.Constraint;
import dev.migrationstudio.core.schema.Table;
import dev.migrationstudio.core.sql.parse.AlterAction;
import dev.migrationstudio.core.sql.parse.QualifiedName;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

public final class SetNotNullRule extends AlterExistingTableRule {
    private static final RuleInfo INFO = new RuleInfo("set-not-null", Severity.ERROR,
            "SET NOT NULL on an existing column without a validated CHECK (c IS NOT NULL) first",
            "SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock (and fails if a NULL remains); "
                    + "from PostgreSQL 12 a validated CHECK (c IS NOT NULL) lets it skip the scan.",
            "ADD CONSTRAINT c_not_null CHECK (c IS NOT NULL) NOT VALID; VALIDATE it in a later transaction; "
                    + "then SET NOT NULL and drop the check.");
    private static final Pattern QUOTES_AND_PARENS = Pattern.compile("[()\"]");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    List<Hit> check(LintStatement statement, LintContext context, QualifiedName table, AlterAction action) {
        return action instanceof AlterAction.SetNotNull set && !safe(context, table, set.column())
                ? List.of(hit(statement, context, table, set.column())) : List.of();
    }

    private static boolean safe(LintContext context, QualifiedName name, String column) {
        Optional<Table> table = context.table(name);
        if (table.isEmpty()) {
            return false;
        }
        boolean alreadyNotNull = table.get().columns().stream()
                .anyMatch(c -> c.name().equals(column) && !c.nullable());
        return alreadyNotNull || (context.pgVersion() >= 12 && table.get().constraints().stream()
                .anyMatch(c -> provesNotNull(c, column)));
    }

    private static boolean provesNotNull(Constraint constraint, String column) {
        if (constraint.kind() != Constraint.ConstraintKind.CHECK || !constraint.validated()) {
            return false;
        }
        String body = QUOTES_AND_PARENS.matcher(constraint.definition().replaceFirst("(?i)^\\s*CHECK", ""))
                .replaceAll("").strip().replaceAll("\\s+", " ");
        return body.equalsIgnoreCase(column + " IS NOT NULL");
    }

    private static Hit hit(LintStatement statement, LintContext context, QualifiedName table, String column) {
        String t = Sql.name(table);
        String check = Sql.ident(table.name() + "_" + column + "_not_null");
        String rewrite = context.pgVersion() < 12
                ? "Before PostgreSQL 12 SET NOT NULL always scans: run it in a quiet window with a lock_timeout, "
                + "or keep a validated CHECK (" + Sql.ident(column) + " IS NOT NULL) instead"
                : "ALTER TABLE " + t + " ADD CONSTRAINT " + check + " CHECK (" + Sql.ident(column)
                + " IS NOT NULL) NOT VALID;\n-- in a later migration:\nALTER TABLE " + t + " VALIDATE CONSTRAINT "
                + check + ";\nALTER TABLE " + t + " ALTER COLUMN " + Sql.ident(column) + " SET NOT NULL;\n"
                + "ALTER TABLE " + t + " DROP CONSTRAINT " + check + ";";
        return Hit.at(statement, "SET NOT NULL on " + context.describeTable(table) + "." + Sql.ident(column)
                + " scans the table under an ACCESS EXCLUSIVE lock", rewrite);
    }
}
