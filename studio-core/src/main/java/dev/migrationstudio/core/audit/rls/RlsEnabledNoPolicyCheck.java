package dev.migrationstudio.core.audit.rls;

import dev.migrationstudio.core.finding.Finding;
import dev.migrationstudio.core.finding.Severity;
import java.util.stream.Stream;

/** RLS on and no policy at all: only the owner and BYPASSRLS roles see rows (splinter 0008). Often intended. */
final class RlsEnabledNoPolicyCheck implements RlsCheck {
    @Override
    public String ruleId() {
        return "rls-enabled-no-policy";
    }

    @Override
    public Stream<Finding> findings(RlsContext context) {
        return context.tables().stream()
                .filter(t -> t.rlsEnabled() && context.policiesOf(t).isEmpty())
                .map(t -> Finding.onObject(ruleId(), Severity.INFO, t.id(), t.id(),
                        "Table " + t.id() + " has row-level security on and no policy: it denies every row to"
                                + " every role but the owner and BYPASSRLS roles. Fine for a private table;"
                                + " otherwise add policies (see studio.rls.plan).",
                        null));
    }
}
