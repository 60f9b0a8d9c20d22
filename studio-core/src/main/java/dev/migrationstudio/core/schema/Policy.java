package dev.migrationstudio.core.schema;

import java.util.List;

/** A row-level-security policy. {@code command} is ALL, SELECT, INSERT, UPDATE or DELETE. */
public record Policy(
        String schema,
        String table,
        String name,
        String command,
        boolean permissive,
        List<String> roles,
        String using,
        String withCheck) {

    public Policy {
        roles = roles == null ? List.of() : roles.stream().sorted().toList();
    }

    public String id() {
        return ObjectIds.member(schema, table, name);
    }

    public String tableId() {
        return ObjectIds.qualified(schema, table);
    }
}
