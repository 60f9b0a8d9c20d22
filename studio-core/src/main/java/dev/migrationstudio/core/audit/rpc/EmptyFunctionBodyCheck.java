package dev.migrationstudio.core.audit.rpc;

import dev.migrationstudio.core.audit.AuditScope;
import dev.migrationstudio.core.audit.RoutineSql;
import dev.migrationstudio.core.finding.Finding;
import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.schema.Routine;
import java.util.Optional;

/** A routine whose body does nothing: a stub left behind, or a body lost on the way. */
final class EmptyFunctionBodyCheck implements RoutineCheck {
    @Override
    public String ruleId() {
        return "EMPTY_FUNCTION_BODY";
    }

    @Override
    public boolean rewriteIsSql() {
        return false;
    }

    @Override
    public Optional<Finding> check(Routine routine, RoutineSecurity security, AuditScope scope) {
        if (!FunctionBodies.isEmpty(routine)) {
            return Optional.empty();
        }
        return Optional.of(Finding.onObject(ruleId(), Severity.WARNING, routine.id(), routine.id(),
                "The " + RoutineSql.noun(routine) + " " + routine.id()
                        + " has an empty body: it does nothing when called.",
                "Write the body, or drop it if nothing calls it: DROP " + RoutineSql.reference(routine) + ";"));
    }
}
