package dev.migrationstudio.core.audit.rpc;

import dev.migrationstudio.core.audit.AuditScope;
import dev.migrationstudio.core.audit.RoutineSql;
import dev.migrationstudio.core.finding.Finding;
import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.schema.Routine;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A SECURITY DEFINER routine the API can call (exposed schema, EXECUTE held by PUBLIC or an API role; see
 * {@link dev.migrationstudio.core.audit.Privileges} for how defaults are represented) whose body never looks at
 * the caller: anyone reaching the API runs it with its owner's rights (splinter 0028/0029, plus the body test).
 * Trigger functions are left out: they cannot be called directly.
 */
final class DefinerPublicExposureCheck implements RoutineCheck {
    private static final Set<String> TRIGGER_RESULTS = Set.of("trigger", "event_trigger");

    @Override
    public String ruleId() {
        return "DEFINER_PUBLIC_EXPOSURE";
    }

    @Override
    public boolean rewriteIsSql() {
        return true;
    }

    @Override
    public Optional<Finding> check(Routine routine, RoutineSecurity security, AuditScope scope) {
        boolean trigger = routine.returnType() != null
                && TRIGGER_RESULTS.contains(routine.returnType().toLowerCase(Locale.ROOT));
        if (!security.securityDefiner() || !security.exposed() || security.authCheck() || trigger) {
            return Optional.empty();
        }
        String holders = String.join(", ", security.executableBy());
        return Optional.of(Finding.onObject(ruleId(), Severity.ERROR, routine.id(), routine.id(),
                "SECURITY DEFINER " + RoutineSql.noun(routine) + " " + routine.id()
                        + " is callable through the API by " + holders + " and never checks the caller"
                        + " (auth.uid(), auth.role(), auth.jwt(), current_user): anyone runs it with its owner's"
                        + " rights. Revoke EXECUTE, or check the caller in its body.",
                "REVOKE EXECUTE ON " + RoutineSql.reference(routine) + " FROM " + holders + ";"));
    }
}
