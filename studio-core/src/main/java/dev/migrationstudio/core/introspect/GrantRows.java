package dev.migrationstudio.core.introspect;

import dev.migrationstudio.core.schema.Grant;
import dev.migrationstudio.core.schema.ObjectIds;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Maps rows of {@link CatalogQuery#GRANTS}. */
final class GrantRows {
    private GrantRows() {
    }

    static Grant grant(CatalogRow row) throws SQLException {
        Grant.ObjectType type = Grant.ObjectType.valueOf(row.text("object_type"));
        String schema = row.text("schema");
        String name = row.text("name");
        String objectId = switch (type) {
            case SCHEMA -> name;
            case FUNCTION -> ObjectIds.routine(schema, name, row.texts("argument_types"));
            case TABLE, COLUMN, SEQUENCE -> ObjectIds.qualified(schema, name);
        };
        return new Grant(type, objectId, row.text("column_name"), row.text("grantee"), row.text("privilege_type"),
                row.bool("is_grantable"));
    }

    /**
     * One grant per (object, column, grantee, privilege): the same privilege given by two grantors is one
     * grant, grantable if either entry is.
     */
    static List<Grant> merged(Collection<Grant> grants) {
        Map<List<Object>, Grant> byKey = new LinkedHashMap<>();
        for (Grant grant : grants) {
            List<Object> key = Arrays.asList(grant.objectType(), grant.objectId(), grant.column(),
                    grant.grantee(), grant.privilege());
            byKey.merge(key, grant, (a, b) -> a.grantable() ? a : b);
        }
        return List.copyOf(byKey.values());
    }
}
