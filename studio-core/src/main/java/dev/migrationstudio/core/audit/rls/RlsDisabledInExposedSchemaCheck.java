package dev.migrationstudio.core.audit.rls;

import dev.migrationstudio.core.finding.Finding;
import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.sql.SqlIdentifiers;
import java.util.stream.Stream;

/** A table the API roles can reach (splinter 0013 counts SELECT; we count any DML grant) with RLS off. */
final class RlsDisabledInExposedSchemaCheck implements RlsCheck {
    @Override
    public String ruleId() {
        return "rls-disabled-in-exposed-schema";
    }

    @Override
    public Stream<Finding> findings(RlsContext context) {
        return context.tables().stream()
                .filter(t -> !t.rlsEnabled() && context.statusOf(t).exposed()
                        && !context.statusOf(t).apiAccess().isEmpty())
                .map(t -> Finding.onObject(ruleId(), Severity.ERROR, t.id(), t.id(),
                        "Table " + t.id() + " is in an exposed schema and granted to API roles ("
                                + String.join(", ", context.statusOf(t).apiAccess()) + ") but row-level security"
                                + " is off: every row is open to them. Enable RLS, then add policies"
                                + " (see studio.rls.plan).",
                        "ALTER TABLE " + SqlIdentifiers.qualified(t.schema(), t.name())
                                + " ENABLE ROW LEVEL SECURITY;"));
    }
}
