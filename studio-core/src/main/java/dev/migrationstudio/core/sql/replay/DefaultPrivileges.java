package dev.migrationstudio.core.sql.replay;

import dev.migrationstudio.core.schema.Grant;
import dev.migrationstudio.core.sql.parse.ParsedStatement.AlterDefaultPrivileges;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code ALTER DEFAULT PRIVILEGES} as PostgreSQL applies them to objects created later: global entries (no IN
 * SCHEMA) plus the entries of the object's schema. The built-in default, EXECUTE to PUBLIC on functions, is a
 * global entry that a global REVOKE removes; a per-schema REVOKE removes only per-schema entries, as in
 * PostgreSQL. Replay has no notion of the current role, so entries FOR ROLE r are assumed to be for the role the
 * history runs as. ALL expands to the privileges of PostgreSQL 17 (TABLES include MAINTAIN).
 */
final class DefaultPrivileges {
    private record Entry(String schema, Grant.ObjectType type, String grantee, String privilege) {
    }

    /** Each entry with whether it is grantable. */
    private final Map<Entry, Boolean> entries = new LinkedHashMap<>();

    DefaultPrivileges() {
        entries.put(new Entry(null, Grant.ObjectType.FUNCTION, "PUBLIC", "EXECUTE"), false);
    }

    void alter(AlterDefaultPrivileges statement, Consumer<String> warn) {
        Optional<Grant.ObjectType> type = objectType(statement.objectType());
        if (type.isEmpty()) {
            warn.accept("ALTER DEFAULT PRIVILEGES ON " + statement.objectType() + ": not modelled");
            return;
        }
        if (type.get() == Grant.ObjectType.SCHEMA && !statement.inSchemas().isEmpty()) {
            warn.accept("ALTER DEFAULT PRIVILEGES IN SCHEMA ... ON SCHEMAS is refused by PostgreSQL");
            return;
        }
        List<String> schemas = statement.inSchemas().isEmpty() ? Collections.singletonList(null)
                : statement.inSchemas();
        List<String> privileges = statement.privileges().contains("ALL")
                ? SecurityReplay.ALL_PRIVILEGES.get(type.get()) : statement.privileges();
        for (String schema : schemas) {
            for (String grantee : statement.grantees()) {
                String role = grantee.equalsIgnoreCase("public") ? "PUBLIC" : grantee;
                for (String privilege : privileges) {
                    Entry entry = new Entry(schema, type.get(), role, privilege);
                    if (statement.grant()) {
                        entries.merge(entry, statement.grantOption(), Boolean::logicalOr);
                    } else if (statement.grantOption()) {
                        entries.computeIfPresent(entry, (e, grantable) -> false);
                    } else {
                        entries.remove(entry);
                    }
                }
            }
        }
    }

    /** The grants a new object of {@code type} in {@code schema} gets. */
    List<Grant> forNewObject(Grant.ObjectType type, String schema, String objectId) {
        List<Grant> grants = new ArrayList<>();
        entries.forEach((entry, grantable) -> {
            if (entry.type() == type && (entry.schema() == null || entry.schema().equals(schema))) {
                grants.add(new Grant(type, objectId, null, entry.grantee(), entry.privilege(), grantable));
            }
        });
        return grants;
    }

    private static Optional<Grant.ObjectType> objectType(String kind) {
        return switch (kind) {
            case "TABLES" -> Optional.of(Grant.ObjectType.TABLE);
            case "SEQUENCES" -> Optional.of(Grant.ObjectType.SEQUENCE);
            case "FUNCTIONS", "ROUTINES" -> Optional.of(Grant.ObjectType.FUNCTION);
            case "SCHEMAS" -> Optional.of(Grant.ObjectType.SCHEMA);
            default -> Optional.empty(); // TYPES: type privileges are not in the model
        };
    }
}
