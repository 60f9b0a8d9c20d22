package dev.migrationstudio.core.introspect;

import dev.migrationstudio.core.schema.Routine;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Maps rows of {@link CatalogQuery#ROUTINES}. */
final class RoutineRows {
    private static final Map<String, String> VOLATILITY = Map.of("i", "IMMUTABLE", "s", "STABLE", "v", "VOLATILE");

    private RoutineRows() {
    }

    static Routine routine(CatalogRow row) throws SQLException {
        return new Routine(
                row.text("schema"),
                row.text("name"),
                "p".equals(row.text("kind")) ? Routine.RoutineKind.PROCEDURE : Routine.RoutineKind.FUNCTION,
                row.texts("argument_types"),
                row.text("arguments"),
                row.text("return_type"),
                row.text("language"),
                VOLATILITY.get(row.text("volatility")),
                row.bool("security_definer"),
                row.bool("strict"),
                config(row.texts("config")),
                row.text("body"),
                row.text("owner"),
                row.text("comment"));
    }

    /** {@code proconfig} entries are {@code name=value}, e.g. {@code search_path=public, pg_temp}. */
    static Map<String, String> config(List<String> entries) {
        Map<String, String> config = new TreeMap<>();
        for (String entry : entries) {
            int equals = entry.indexOf('=');
            if (equals > 0) {
                config.put(entry.substring(0, equals), entry.substring(equals + 1));
            }
        }
        return config;
    }
}
