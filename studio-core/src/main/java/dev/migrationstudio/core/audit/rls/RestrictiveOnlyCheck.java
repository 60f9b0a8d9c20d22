package dev.migrationstudio.core.audit.rls;

import dev.migrationstudio.core.finding.Finding;
import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.schema.Table;
import java.util.List;
import java.util.stream.Stream;

/**
 * Commands governed only by restrictive policies: restrictive policies narrow what permissive ones allow, so
 * alone they let nothing through, which is rarely what their author meant.
 */
final class RestrictiveOnlyCheck implements RlsCheck {
    @Override
    public String ruleId() {
        return "rls-restrictive-only";
    }

    @Override
    public Stream<Finding> findings(RlsContext context) {
        return context.tables().stream()
                .filter(Table::rlsEnabled)
                .flatMap(t -> restrictiveOnly(context, t).stream().map(c -> Finding.onObject(ruleId(),
                        Severity.WARNING, t.id(), c.command().name(),
                        t.id() + " has only restrictive policies for " + c.command() + " ("
                                + String.join(", ", c.restrictive()) + "): restrictive policies only narrow"
                                + " permissive ones, so no row can be reached. Add a permissive policy or make"
                                + " one of them PERMISSIVE.",
                        null)));
    }

    private static List<CommandCoverage> restrictiveOnly(RlsContext context, Table table) {
        return context.statusOf(table).commands().stream()
                .filter(c -> c.coverage() == Coverage.RESTRICTIVE_ONLY).toList();
    }
}
