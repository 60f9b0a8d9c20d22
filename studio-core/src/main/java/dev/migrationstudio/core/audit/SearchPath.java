package dev.migrationstudio.core.audit;

import dev.migrationstudio.core.schema.Routine;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A routine's {@code SET search_path} option, as recorded in {@link Routine#config()}. */
public final class SearchPath {
    private static final String KEY = "search_path";

    private SearchPath() {
    }

    /** The configured value, empty when the routine inherits the caller's search_path (it is mutable). */
    public static Optional<String> configured(Routine routine) {
        return routine.config().entrySet().stream()
                .filter(e -> KEY.equalsIgnoreCase(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /**
     * The schemas an unqualified name in the routine's body can resolve to: the configured list, or, when none
     * is configured, {@code public} (the default {@code "$user", public}, whose {@code $user} schema rarely exists).
     */
    public static List<String> schemas(Routine routine) {
        return configured(routine)
                .map(value -> Arrays.stream(value.split(","))
                        .map(String::strip)
                        .map(s -> s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")
                                ? s.substring(1, s.length() - 1).replace("\"\"", "\"") : s)
                        .filter(s -> !s.isEmpty() && !s.equals("''"))
                        .toList())
                .orElse(List.of("public"));
    }
}
