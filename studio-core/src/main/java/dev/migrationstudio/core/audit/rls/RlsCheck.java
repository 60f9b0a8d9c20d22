package dev.migrationstudio.core.audit.rls;

import dev.migrationstudio.core.finding.Finding;
import java.util.stream.Stream;

/** One RLS audit rule. */
interface RlsCheck {
    String ruleId();

    Stream<Finding> findings(RlsContext context);
}
