package dev.migrationstudio.core.audit.rls;

import dev.migrationstudio.core.finding.Finding;
import dev.migrationstudio.core.finding.Severity;
import java.util.stream.Stream;

/** A policy that decides on user metadata, which each user can edit about themselves (splinter 0015). */
final class UserMetadataPolicyCheck implements RlsCheck {
    @Override
    public String ruleId() {
        return "rls-references-user-metadata";
    }

    @Override
    public Stream<Finding> findings(RlsContext context) {
        return context.tables().stream().flatMap(table -> context.policiesOf(table).stream())
                .filter(p -> PolicyExpressions.trustsUserMetadata(p.using())
                        || PolicyExpressions.trustsUserMetadata(p.withCheck()))
                .map(p -> Finding.onObject(ruleId(), Severity.ERROR, p.id(), p.id(),
                        "Policy " + p.name() + " on " + p.tableId() + " trusts user_metadata, which any signed-in"
                                + " user can change with auth.updateUser(): they can grant themselves access.",
                        "Decide on app_metadata (only the service role can write it), e.g."
                                + " (select auth.jwt() -> 'app_metadata' ->> 'role') = 'admin', or on a table users"
                                + " cannot write."));
    }
}
