package dev.migrationstudio.core.audit.rls;

import java.util.List;

/**
 * The row-level-security state of one table: whether its schema is exposed to the API, RLS on and forced,
 * the API roles' privileges on it ({@code anon:SELECT}) and the coverage of each command.
 */
public record TableRlsStatus(
        String tableId,
        boolean exposed,
        boolean rlsEnabled,
        boolean rlsForced,
        List<String> apiAccess,
        List<CommandCoverage> commands) {

    public TableRlsStatus {
        apiAccess = List.copyOf(apiAccess);
        commands = List.copyOf(commands);
    }
}
