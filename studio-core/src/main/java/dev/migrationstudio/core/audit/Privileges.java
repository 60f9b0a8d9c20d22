package dev.migrationstudio.core.audit;

import dev.migrationstudio.core.schema.Grant;
import dev.migrationstudio.core.schema.SchemaModel;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may do what, read from the model's {@link Grant} records.
 *
 * <p><b>Convention for routines (producers must follow it):</b> the grants of a function or procedure are its
 * <em>effective</em> ACL with Postgres' default materialized. A routine whose privileges were never changed has
 * {@code proacl} NULL, which means "owner plus EXECUTE to PUBLIC"; introspection therefore reads
 * {@code aclexplode(coalesce(proacl, acldefault('f', proowner)))} and replay records
 * {@link Grant#defaultExecute(String)} at {@code CREATE FUNCTION}. So a routine with no EXECUTE grant to
 * {@code PUBLIC} or an API role really is closed to the API, and {@code REVOKE ... FROM PUBLIC} clears the finding.
 * Grants to the owner are left out, as for every other object.
 */
public final class Privileges {
    private static final Set<String> TABLE_ACCESS = Set.of("SELECT", "INSERT", "UPDATE", "DELETE");

    private final Map<String, List<Grant>> grantsByObject;

    public Privileges(SchemaModel model) {
        this.grantsByObject = model.grants().stream().collect(Collectors.groupingBy(Grant::objectId));
    }

    /**
     * The API access to a table, as sorted {@code grantee:PRIVILEGE} strings ({@code anon:SELECT}), counting
     * table and column grants of SELECT, INSERT, UPDATE and DELETE to the API roles and PUBLIC.
     */
    public List<String> apiTableAccess(String tableId, AuditScope scope) {
        return grantsOf(tableId).stream()
                .filter(g -> g.objectType() == Grant.ObjectType.TABLE || g.objectType() == Grant.ObjectType.COLUMN)
                .filter(g -> scope.isApiRole(g.grantee()))
                .filter(g -> TABLE_ACCESS.contains(g.privilege().toUpperCase(Locale.ROOT)))
                .map(g -> g.grantee() + ":" + g.privilege().toUpperCase(Locale.ROOT))
                .distinct().sorted().toList();
    }

    /** The API roles (PUBLIC included) that may execute a routine, sorted. */
    public List<String> apiExecutors(String routineId, AuditScope scope) {
        return grantsOf(routineId).stream()
                .filter(g -> g.objectType() == Grant.ObjectType.FUNCTION && "EXECUTE".equalsIgnoreCase(g.privilege()))
                .map(Grant::grantee)
                .filter(scope::isApiRole)
                .distinct().sorted().toList();
    }

    private List<Grant> grantsOf(String objectId) {
        return grantsByObject.getOrDefault(objectId, List.of());
    }
}
