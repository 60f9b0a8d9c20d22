package dev.migrationstudio.core.audit.rpc;

import dev.migrationstudio.core.audit.AuditScope;
import dev.migrationstudio.core.audit.RoutineSql;
import dev.migrationstudio.core.finding.Finding;
import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.schema.Routine;
import java.util.Optional;

/**
 * SECURITY DEFINER without its own search_path: a caller who can create objects in a schema on the path can
 * shadow a table, function or operator the body uses and have it run with the owner's rights.
 */
final class DefinerNoSearchPathCheck implements RoutineCheck {
    @Override
    public String ruleId() {
        return "DEFINER_NO_SEARCH_PATH";
    }

    @Override
    public boolean rewriteIsSql() {
        return true;
    }

    @Override
    public Optional<Finding> check(Routine routine, RoutineSecurity security, AuditScope scope) {
        if (!security.securityDefiner() || security.searchPath() != null) {
            return Optional.empty();
        }
        return Optional.of(Finding.onObject(ruleId(), Severity.ERROR, routine.id(), routine.id(),
                "SECURITY DEFINER " + RoutineSql.noun(routine) + " " + routine.id()
                        + " has no search_path of its own: a caller can shadow what its body names and run code"
                        + " as its owner. Pin the search_path and schema-qualify every name in the body.",
                RoutineSql.pinSearchPath(routine)));
    }
}
