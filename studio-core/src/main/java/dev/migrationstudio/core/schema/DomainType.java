package dev.migrationstudio.core.schema;

import java.util.List;

/** A domain; {@code checks} are the constraint definitions as Postgres prints them, sorted. */
public record DomainType(
        String schema,
        String name,
        String baseType,
        boolean notNull,
        String defaultExpression,
        List<String> checks,
        String comment) {

    public DomainType {
        checks = checks == null ? List.of() : checks.stream().sorted().toList();
    }

    public String id() {
        return ObjectIds.qualified(schema, name);
    }
}
