package dev.migrationstudio.core.audit.rls;

import dev.migrationstudio.core.schema.Policy;

/** The commands row-level security governs; a policy {@code FOR ALL} applies to each of them. */
public enum PolicyCommand {
    SELECT, INSERT, UPDATE, DELETE;

    public boolean appliesTo(Policy policy) {
        return "ALL".equalsIgnoreCase(policy.command()) || name().equalsIgnoreCase(policy.command());
    }

    /**
     * Whether a policy that applies to this command can let a row through. Postgres skips a missing expression
     * rather than treating it as true (measured on PostgreSQL 17: a permissive {@code FOR INSERT} policy without
     * {@code WITH CHECK} admits no row, {@code FOR UPDATE} or {@code FOR DELETE} without {@code USING} touch none).
     * New rows are checked against {@code USING} when a {@code FOR ALL} policy has no {@code WITH CHECK}.
     */
    public boolean grantsAccess(Policy policy) {
        return switch (this) {
            case SELECT, UPDATE, DELETE -> policy.using() != null;
            case INSERT -> policy.withCheck() != null || policy.using() != null;
        };
    }
}
