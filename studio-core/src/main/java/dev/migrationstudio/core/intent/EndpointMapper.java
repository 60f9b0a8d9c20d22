package dev.migrationstudio.core.intent;

import dev.migrationstudio.core.schema.Grant;
import dev.migrationstudio.core.schema.Policy;
import dev.migrationstudio.core.schema.Routine;
import dev.migrationstudio.core.schema.SchemaModel;
import dev.migrationstudio.core.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The PostgREST surface of the managed objects: a {@code table-crud} endpoint per managed table and an
 * {@code rpc} endpoint per managed function in {@code public}. A role may use a table command when it holds the
 * privilege and, with row-level security on, some permissive policy for that command applies to it.
 */
public final class EndpointMapper {
    private static final List<String> TABLE_COMMANDS = List.of("SELECT", "INSERT", "UPDATE", "DELETE");
    private static final String EXPOSED_SCHEMA = "public";

    public List<Endpoint> map(IntentGraph graph, SchemaModel database) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (IntentObject object : graph.withStatus(ManagedStatus.MANAGED)) {
            if (object.objectType() == ObjectType.TABLE) {
                table(database, object.id()).ifPresent(table -> endpoints.add(tableEndpoint(table, database)));
            } else if (object.objectType() == ObjectType.FUNCTION) {
                routine(database, object.id()).filter(routine -> routine.schema().equals(EXPOSED_SCHEMA))
                        .ifPresent(routine -> endpoints.add(rpcEndpoint(routine, database)));
            }
        }
        return endpoints;
    }

    private static Endpoint tableEndpoint(Table table, SchemaModel database) {
        Map<String, List<String>> roles = new LinkedHashMap<>();
        for (String command : TABLE_COMMANDS) {
            List<String> granted = grantees(database, Grant.ObjectType.TABLE, table.id(), command);
            roles.put(command, table.rlsEnabled()
                    ? granted.stream().filter(role -> policyAllows(database, table, command, role)).toList()
                    : granted);
        }
        return new Endpoint(path(table.schema(), table.name()), Endpoint.TABLE_CRUD, table.id(), roles);
    }

    private static Endpoint rpcEndpoint(Routine routine, SchemaModel database) {
        List<String> roles = grantees(database, Grant.ObjectType.FUNCTION, routine.id(), "EXECUTE");
        return new Endpoint("/rpc/" + routine.name(), Endpoint.RPC, routine.id(), Map.of("EXECUTE", roles));
    }

    private static String path(String schema, String name) {
        return EXPOSED_SCHEMA.equals(schema) ? "/" + name : "/" + name + " (Accept-Profile: " + schema + ")";
    }

    private static List<String> grantees(SchemaModel database, Grant.ObjectType type, String objectId,
                                         String privilege) {
        return database.grants().stream()
                .filter(grant -> grant.objectType() == type && grant.objectId().equals(objectId)
                        && grant.column() == null && grant.privilege().equals(privilege))
                .map(Grant::grantee).distinct().sorted().toList();
    }

    private static boolean policyAllows(SchemaModel database, Table table, String command, String role) {
        for (Policy policy : database.policies()) {
            boolean forTable = policy.tableId().equals(table.id());
            boolean forCommand = policy.command().equals("ALL") || policy.command().equals(command);
            boolean forRole = policy.roles().isEmpty() || policy.roles().contains("public")
                    || policy.roles().contains("PUBLIC") || policy.roles().contains(role);
            if (forTable && forCommand && forRole && policy.permissive()) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Table> table(SchemaModel database, String id) {
        return database.tables().stream().filter(table -> table.id().equals(id)).findFirst();
    }

    private static Optional<Routine> routine(SchemaModel database, String id) {
        return database.routines().stream().filter(routine -> routine.id().equals(id)).findFirst();
    }
}
