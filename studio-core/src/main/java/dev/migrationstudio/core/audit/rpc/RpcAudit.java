package dev.migrationstudio.core.audit.rpc;

import dev.migrationstudio.core.audit.AuditScope;
import dev.migrationstudio.core.audit.RoutineSql;
import dev.migrationstudio.core.audit.Privileges;
import dev.migrationstudio.core.audit.RoutineSql;
import dev.migrationstudio.core.audit.SearchPath;
import dev.migrationstudio.core.finding.Finding;
import dev.migrationstudio.core.schema.Routine;
import dev.migrationstudio.core.schema.SchemaModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The function-security audit of a schema model: a pure function, no database. Audits every routine outside the
 * scope's ignored schemas.
 */
public final class RpcAudit {
    private static final List<RoutineCheck> CHECKS = List.of(
            new DefinerNoSearchPathCheck(),
            new DefinerPublicExposureCheck(),
            new EmptyFunctionBodyCheck(),
            new MutableSearchPathCheck());
    private static final Set<String> SQL_REWRITE_RULES = CHECKS.stream()
            .filter(RoutineCheck::rewriteIsSql).map(RoutineCheck::ruleId).collect(Collectors.toSet());

    private RpcAudit() {
    }

    public static RpcPlan run(SchemaModel model, AuditScope scope) {
        Privileges privileges = new Privileges(model);
        List<RoutineSecurity> routines = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (Routine routine : model.routines()) {
            if (!scope.isAudited(routine.schema())) {
                continue;
            }
            RoutineSecurity security = securityOf(routine, privileges, scope);
            routines.add(security);
            for (RoutineCheck check : CHECKS) {
                check.check(routine, security, scope).ifPresent(findings::add);
            }
        }
        findings.sort(Finding.ORDER);
        List<String> statements = findings.stream()
                .filter(f -> SQL_REWRITE_RULES.contains(f.ruleId()))
                .map(Finding::safeRewrite).distinct().toList();
        return new RpcPlan(List.copyOf(scope.exposedSchemas()), routines, findings, statements);
    }

    /** The ids of the rules this audit reports. */
    public static List<String> ruleIds() {
        return CHECKS.stream().map(RoutineCheck::ruleId).toList();
    }

    static RoutineSecurity securityOf(Routine routine, Privileges privileges, AuditScope scope) {
        List<String> executors = privileges.apiExecutors(routine.id(), scope);
        return new RoutineSecurity(routine.id(), RoutineSql.keyword(routine).toLowerCase(Locale.ROOT),
                routine.securityDefiner(), SearchPath.configured(routine).orElse(null), executors,
                scope.isExposed(routine.schema()) && !executors.isEmpty(), FunctionBodies.hasAuthCheck(routine));
    }
}
