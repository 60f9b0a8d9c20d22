package dev.migrationstudio.core.audit.rpc;

import dev.migrationstudio.core.audit.AuditScope;
import dev.migrationstudio.core.finding.Finding;
import dev.migrationstudio.core.schema.Routine;
import java.util.Optional;

/** One routine audit rule. */
interface RoutineCheck {
    String ruleId();

    /** Whether the findings' safe rewrite is SQL that can go into the plan's statements (else advice text). */
    boolean rewriteIsSql();

    Optional<Finding> check(Routine routine, RoutineSecurity security, AuditScope scope);
}
