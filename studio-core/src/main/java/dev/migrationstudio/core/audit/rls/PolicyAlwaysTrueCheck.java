package dev.migrationstudio.core.audit.rls;

import dev.migrationstudio.core.finding.Finding;
import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.schema.Policy;
import dev.migrationstudio.core.schema.Table;
import dev.migrationstudio.core.sql.SqlIdentifiers;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A permissive write policy for API roles whose {@code USING} or {@code WITH CHECK} is always true (splinter
 * 0024; SELECT policies are left out: public read is common and deliberate). An error when anonymous callers get
 * it, a warning when only signed-in users do. Unlike splinter, a missing expression is not "true": measured on
 * PostgreSQL 17, it grants nothing.
 */
final class PolicyAlwaysTrueCheck implements RlsCheck {
    @Override
    public String ruleId() {
        return "rls-policy-always-true";
    }

    @Override
    public Stream<Finding> findings(RlsContext context) {
        return context.tables().stream().flatMap(table -> context.policiesOf(table).stream()
                .filter(p -> p.permissive() && appliesToApiRoles(p, context) && alwaysTrueForWrites(p))
                .map(p -> finding(p, table, context)));
    }

    private static boolean appliesToApiRoles(Policy policy, RlsContext context) {
        return policy.roles().isEmpty() || policy.roles().stream().anyMatch(context.scope()::isApiRole);
    }

    private static boolean alwaysTrueForWrites(Policy policy) {
        boolean trueUsing = PolicyExpressions.isAlwaysTrue(policy.using());
        boolean trueCheck = PolicyExpressions.isAlwaysTrue(policy.withCheck());
        return switch (policy.command().toUpperCase(Locale.ROOT)) {
            case "INSERT" -> trueCheck;
            case "DELETE" -> trueUsing;
            case "UPDATE", "ALL" -> trueUsing || trueCheck;
            default -> false;
        };
    }

    private Finding finding(Policy policy, Table table, RlsContext context) {
        boolean anonymous = policy.roles().isEmpty()
                || policy.roles().stream().anyMatch(context.scope()::reachesAnonymous);
        List<String> roles = policy.roles().isEmpty() ? List.of("PUBLIC") : policy.roles();
        return Finding.onObject(ruleId(), anonymous ? Severity.ERROR : Severity.WARNING, policy.id(), policy.id(),
                "Policy " + policy.name() + " on " + table.id() + " lets " + String.join(", ", roles)
                        + " " + policy.command() + " any row: its expression is always true.",
                rewrite(policy, table));
    }

    private static String rewrite(Policy policy, Table table) {
        Optional<String> owner = OwnerColumns.of(table);
        if (owner.isEmpty()) {
            return "Replace the always-true expression with a rule on the row,"
                    + " e.g. (select auth.uid()) = <owner column>.";
        }
        String clauses = switch (policy.command().toUpperCase(Locale.ROOT)) {
            case "INSERT" -> OwnerPredicate.clauses(PolicyCommand.INSERT, OwnerPredicate.of(owner.get()));
            case "DELETE" -> OwnerPredicate.clauses(PolicyCommand.DELETE, OwnerPredicate.of(owner.get()));
            default -> OwnerPredicate.clauses(PolicyCommand.UPDATE, OwnerPredicate.of(owner.get()));
        };
        return "ALTER POLICY " + SqlIdentifiers.quote(policy.name()) + " ON "
                + SqlIdentifiers.qualified(table.schema(), table.name()) + clauses + ";";
    }
}
