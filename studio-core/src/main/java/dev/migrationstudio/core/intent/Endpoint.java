package dev.migrationstudio.core.intent;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A PostgREST endpoint: {@code table-crud} for a table ({@code /accounts}), {@code rpc} for a function
 * ({@code /rpc/account_balance}). {@code allowedRoles} maps each command (SELECT, INSERT, UPDATE, DELETE, or
 * EXECUTE) to the roles that may use it.
 */
public record Endpoint(String path, String kind, String objectId, Map<String, List<String>> allowedRoles) {
    public static final String TABLE_CRUD = "table-crud";
    public static final String RPC = "rpc";

    public Endpoint {
        allowedRoles = new TreeMap<>(allowedRoles);
    }
}
