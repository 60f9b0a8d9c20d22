package dev.migrationstudio.core.audit.rpc;

import dev.migrationstudio.core.finding.Finding;
import java.util.List;

/**
 * The data of the {@code studio.rpc.plan} artifact: the facts of every audited routine, the findings, and the
 * SQL {@code statements} that fix what can be fixed mechanically, in finding order, without duplicates.
 */
public record RpcPlan(
        List<String> exposedSchemas,
        List<RoutineSecurity> routines,
        List<Finding> findings,
        List<String> statements) {

    public RpcPlan {
        exposedSchemas = List.copyOf(exposedSchemas);
        routines = List.copyOf(routines);
        findings = List.copyOf(findings);
        statements = List.copyOf(statements);
    }
}
