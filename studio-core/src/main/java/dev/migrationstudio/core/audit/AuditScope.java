package dev.migrationstudio.core.audit;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the schema audits look at. {@code exposedSchemas} are the schemas the HTTP API serves (PostgREST's
 * {@code db_schemas}, Supabase's default {@code public}); {@code anonymousRole} and {@code authenticatedRole} are the
 * roles API requests run as; objects in {@code ignoredSchemas} (platform schemas) are not audited at all.
 */
public record AuditScope(
        SortedSet<String> exposedSchemas,
        String anonymousRole,
        String authenticatedRole,
        SortedSet<String> ignoredSchemas) {

    /** Supabase's platform schemas, as splinter's lints exclude them (plus {@code pg_toast}). */
    public static final Set<String> PLATFORM_SCHEMAS = Set.of("_timescaledb_cache", "_timescaledb_catalog",
            "_timescaledb_config", "_timescaledb_internal", "auth", "cron", "extensions", "graphql", "graphql_public",
            "information_schema", "net", "pgmq", "pgroonga", "pgsodium", "pgsodium_masks", "pgtle", "pgbouncer",
            "pg_catalog", "pg_toast", "realtime", "repack", "storage", "supabase_functions", "supabase_migrations",
            "tiger", "topology", "vault");

    /** The grantee name of the pseudo-role every role belongs to. */
    public static final String PUBLIC = "PUBLIC";

    public AuditScope {
        exposedSchemas = sortedCopy(exposedSchemas);
        ignoredSchemas = sortedCopy(ignoredSchemas);
        if (isBlank(anonymousRole) || isBlank(authenticatedRole)) {
            throw new IllegalArgumentException("The audit scope needs the anonymous and the authenticated role names"
                    + " (Supabase: anon, authenticated)");
        }
    }

    /** Supabase's defaults: {@code public} is exposed, roles {@code anon} and {@code authenticated}. */
    public static AuditScope defaults() {
        return exposing(List.of("public"));
    }

    public static AuditScope exposing(Collection<String> exposedSchemas) {
        return new AuditScope(new TreeSet<>(exposedSchemas), "anon", "authenticated", new TreeSet<>(PLATFORM_SCHEMAS));
    }

    public boolean isAudited(String schema) {
        return !ignoredSchemas.contains(schema);
    }

    public boolean isExposed(String schema) {
        return exposedSchemas.contains(schema) && isAudited(schema);
    }

    /** The roles API requests run as, plus {@code PUBLIC}, which every one of them belongs to. */
    public Set<String> apiGrantees() {
        return Set.of(PUBLIC, anonymousRole, authenticatedRole);
    }

    /** Whether a grantee or policy role reaches anonymous callers: {@code PUBLIC} or the anonymous role. */
    public boolean reachesAnonymous(String role) {
        return PUBLIC.equalsIgnoreCase(role) || anonymousRole.equals(role);
    }

    /** Whether a grantee or policy role is one API requests run as, {@code PUBLIC} included. */
    public boolean isApiRole(String role) {
        return reachesAnonymous(role) || authenticatedRole.equals(role);
    }

    private static SortedSet<String> sortedCopy(Collection<String> values) {
        return Collections.unmodifiableSortedSet(values == null ? new TreeSet<>() : new TreeSet<>(values));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
