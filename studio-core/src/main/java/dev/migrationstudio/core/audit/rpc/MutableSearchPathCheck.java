package dev.migrationstudio.core.audit.rpc;

import dev.migrationstudio.core.audit.AuditScope;
import dev.migrationstudio.core.audit.RoutineSql;
import dev.migrationstudio.core.finding.Finding;
import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.schema.Routine;
import java.util.Optional;

/**
 * A routine that resolves names with the caller's search_path (splinter 0011 function_search_path_mutable).
 * SECURITY DEFINER routines are left to {@link DefinerNoSearchPathCheck}, so one problem gives one finding.
 */
final class MutableSearchPathCheck implements RoutineCheck {
    @Override
    public String ruleId() {
        return "FUNCTION_SEARCH_PATH_MUTABLE";
    }

    @Override
    public boolean rewriteIsSql() {
        return true;
    }

    @Override
    public Optional<Finding> check(Routine routine, RoutineSecurity security, AuditScope scope) {
        if (security.securityDefiner() || security.searchPath() != null) {
            return Optional.empty();
        }
        return Optional.of(Finding.onObject(ruleId(), Severity.WARNING, routine.id(), routine.id(),
                "The " + RoutineSql.noun(routine) + " " + routine.id()
                        + " uses the caller's search_path, so what its body names depends"
                        + " on who calls it. Pin the search_path and schema-qualify every name in the body.",
                RoutineSql.pinSearchPath(routine)));
    }
}
