package dev.migrationstudio.core.audit.rls;

import dev.migrationstudio.core.finding.Finding;
import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.schema.Policy;
import dev.migrationstudio.core.sql.SqlIdentifiers;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Policies on a table whose RLS is off do nothing (splinter 0007); exposed or not. */
final class PolicyExistsRlsDisabledCheck implements RlsCheck {
    @Override
    public String ruleId() {
        return "policy-exists-rls-disabled";
    }

    @Override
    public Stream<Finding> findings(RlsContext context) {
        return context.tables().stream()
                .filter(t -> !t.rlsEnabled() && !context.policiesOf(t).isEmpty())
                .map(t -> Finding.onObject(ruleId(), Severity.ERROR, t.id(), t.id(),
                        "Table " + t.id() + " has policies ("
                                + context.policiesOf(t).stream().map(Policy::name).collect(Collectors.joining(", "))
                                + ") but row-level security is off, so they are not enforced.",
                        "ALTER TABLE " + SqlIdentifiers.qualified(t.schema(), t.name())
                                + " ENABLE ROW LEVEL SECURITY;"));
    }
}
