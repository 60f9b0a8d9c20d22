package dev.migrationstudio.core.schema;

/** A view or materialized view; {@code definition} is what {@code pg_get_viewdef()} prints. */
public record View(
        String schema,
        String name,
        boolean materialized,
        String definition,
        boolean securityInvoker,
        String owner,
        String comment) {

    public String id() {
        return ObjectIds.qualified(schema, name);
    }
}
