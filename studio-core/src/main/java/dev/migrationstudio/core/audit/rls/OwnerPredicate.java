package dev.migrationstudio.core.audit.rls;

import dev.migrationstudio.core.sql.SqlIdentifiers;

/**
 * The row filter of an owner-only policy, and the clauses a command needs. {@code auth.uid()} is wrapped in a
 * sub-select so Postgres evaluates it once per statement, not once per row (splinter's auth_rls_initplan).
 */
final class OwnerPredicate {
    private OwnerPredicate() {
    }

    static String of(String ownerColumn) {
        return "(select auth.uid()) = " + SqlIdentifiers.quote(ownerColumn);
    }

    /** {@code USING} for rows read, {@code WITH CHECK} for rows written: INSERT checks only, UPDATE needs both. */
    static String clauses(PolicyCommand command, String predicate) {
        String using = " USING (" + predicate + ")";
        String check = " WITH CHECK (" + predicate + ")";
        return switch (command) {
            case SELECT, DELETE -> using;
            case INSERT -> check;
            case UPDATE -> using + check;
        };
    }
}
