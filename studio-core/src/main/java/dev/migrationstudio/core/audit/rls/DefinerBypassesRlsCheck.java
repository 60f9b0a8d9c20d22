package dev.migrationstudio.core.audit.rls;

import dev.migrationstudio.core.audit.RoutineSql;
import dev.migrationstudio.core.finding.Finding;
import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.schema.Routine;
import dev.migrationstudio.core.schema.Table;
import java.util.List;
import java.util.stream.Stream;

/**
 * A SECURITY DEFINER routine that names an RLS-protected table: it runs as its owner, who usually bypasses
 * RLS, so the table's policies do not protect the rows it reads or writes. See {@link TableReferences} for how
 * "names" is decided.
 */
final class DefinerBypassesRlsCheck implements RlsCheck {
    @Override
    public String ruleId() {
        return "security-definer-bypasses-rls";
    }

    @Override
    public Stream<Finding> findings(RlsContext context) {
        List<Table> protectedTables = context.tables().stream().filter(Table::rlsEnabled).toList();
        return context.model().routines().stream()
                .filter(r -> r.securityDefiner() && context.scope().isAudited(r.schema()))
                .flatMap(r -> {
                    TableReferences references = TableReferences.of(r);
                    return protectedTables.stream().filter(references::references).map(t -> finding(r, t));
                });
    }

    private Finding finding(Routine routine, Table table) {
        return Finding.onObject(ruleId(), Severity.WARNING, routine.id(), table.id(),
                "SECURITY DEFINER " + RoutineSql.noun(routine) + " " + routine.id() + " uses " + table.id()
                        + ", which has row-level security: it runs as its owner, so the table's policies do not"
                        + " filter what it reads or writes. Check the caller in its body, or make it SECURITY"
                        + " INVOKER.",
                "ALTER " + RoutineSql.reference(routine) + " SECURITY INVOKER;");
    }
}
