package dev.migrationstudio.core.introspect;

import java.util.List;
import java.util.Set;

/**
 * Which schemas to read. System schemas ({@code pg_catalog}, {@code information_schema}, {@code pg_toast},
 * {@code pg_temp_*}, every {@code pg_*}) are never read. With an empty {@code include}, every other schema is read
 * except the Supabase and extension platform schemas ({@link #PLATFORM_SCHEMAS}); naming a platform schema in
 * {@code include} reads it. {@code exclude} always wins.
 */
public record SchemaFilter(List<String> include, List<String> exclude) {

    /** Schemas that Supabase (and PostGIS) own; migrations of an application do not manage them. */
    public static final Set<String> PLATFORM_SCHEMAS = Set.of(
            "auth", "storage", "realtime", "supabase_functions", "supabase_migrations", "extensions", "graphql",
            "graphql_public", "vault", "pgsodium", "pgsodium_masks", "cron", "net", "pgbouncer", "_realtime",
            "_analytics", "pgtle", "tiger", "topology");

    public static final SchemaFilter ALL_APPLICATION_SCHEMAS = new SchemaFilter(List.of(), List.of());

    public SchemaFilter {
        include = include == null ? List.of() : List.copyOf(include);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }

    public static SchemaFilter only(String... schemas) {
        return new SchemaFilter(List.of(schemas), List.of());
    }

    public boolean accepts(String schema) {
        if (isSystem(schema) || exclude.contains(schema)) {
            return false;
        }
        return include.isEmpty() ? !PLATFORM_SCHEMAS.contains(schema) : include.contains(schema);
    }

    /** {@code pg_*} names are reserved for the system, so this covers pg_catalog, pg_toast and temp schemas. */
    public static boolean isSystem(String schema) {
        return schema.startsWith("pg_") || schema.equals("information_schema");
    }
}
