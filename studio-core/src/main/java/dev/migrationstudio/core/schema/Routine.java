package dev.migrationstudio.core.schema;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A function or procedure. {@code argumentTypes} are the canonical input types that identify it;
 * {@code arguments} the full signature as Postgres prints it (names, modes, defaults); {@code config} the
 * {@code SET} options such as {@code search_path}; {@code volatility} is IMMUTABLE, STABLE or VOLATILE.
 */
public record Routine(
        String schema,
        String name,
        RoutineKind kind,
        List<String> argumentTypes,
        String arguments,
        String returnType,
        String language,
        String volatility,
        boolean securityDefiner,
        boolean strict,
        Map<String, String> config,
        String body,
        String owner,
        String comment) {

    public Routine {
        argumentTypes = argumentTypes == null ? List.of() : List.copyOf(argumentTypes);
        config = config == null ? Map.of() : new TreeMap<>(config);
    }

    public String id() {
        return ObjectIds.routine(schema, name, argumentTypes);
    }

    public enum RoutineKind { FUNCTION, PROCEDURE }
}
