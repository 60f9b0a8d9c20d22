package dev.migrationstudio.core.intent;

import dev.migrationstudio.core.introspect.SchemaFilter;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What the intent graph manages: the user schemas seen on either side; never the system schemas and the platform
 * schemas (Supabase's {@code auth}, {@code storage} ...); and not what the user excluded by name, either a schema
 * ({@code audit}) or an object id ({@code public.legacy_users}).
 */
public record ManagedScope(List<String> managedSchemas, List<String> excludedSchemas, List<String> explicitExclusions) {

    public static final List<String> SYSTEM_SCHEMAS = List.of("information_schema", "pg_catalog", "pg_toast");

    public ManagedScope {
        managedSchemas = List.copyOf(managedSchemas);
        excludedSchemas = List.copyOf(excludedSchemas);
        explicitExclusions = List.copyOf(explicitExclusions);
    }

    /** The scope over the given schemas (both sides), less the system ones and the explicit exclusions. */
    public static ManagedScope of(Stream<String> schemasSeen, List<String> explicitExclusions) {
        List<String> exclusions = explicitExclusions == null ? List.of() : List.copyOf(new TreeSet<>(explicitExclusions));
        List<String> managed = schemasSeen
                .filter(SchemaFilter.ALL_APPLICATION_SCHEMAS::accepts)
                .filter(schema -> !exclusions.contains(schema))
                .distinct().sorted().toList();
        TreeSet<String> excluded = new TreeSet<>(SYSTEM_SCHEMAS);
        excluded.addAll(SchemaFilter.PLATFORM_SCHEMAS);
        return new ManagedScope(managed, List.copyOf(excluded), exclusions);
    }

    /** Whether the object's schema is one the graph covers at all (explicitly excluded schemas still are). */
    public boolean covers(String schema) {
        return managedSchemas.contains(schema) || explicitExclusions.contains(schema);
    }

    /** Whether the user excluded the object, by its id or by its schema. */
    public boolean excludes(String schema, String id) {
        return explicitExclusions.contains(id) || explicitExclusions.contains(schema);
    }

    public ManagedScope withExclusion(String id) {
        TreeSet<String> exclusions = new TreeSet<>(explicitExclusions);
        exclusions.add(id);
        return new ManagedScope(managedSchemas, excludedSchemas, List.copyOf(exclusions));
    }
}
