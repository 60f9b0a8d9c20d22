package dev.migrationstudio.core.audit.rls;

/**
 * One statement the RLS plan proposes, ready to run. {@code command} is null for {@link Kind#ENABLE_RLS};
 * {@code ownerColumn} is set for {@link Kind#OWNER_ONLY}.
 */
public record PolicyProposal(String tableId, Kind kind, PolicyCommand command, String ownerColumn, String sql) {

    public enum Kind {
        /** {@code ALTER TABLE ... ENABLE ROW LEVEL SECURITY}. */
        ENABLE_RLS,
        /** A permissive policy letting a signed-in user reach only the rows whose owner column is their id. */
        OWNER_ONLY,
        /** No owner column found: an explicit deny-all stub for the author to replace with the real rule. */
        DENY_ALL
    }
}
