package dev.migrationstudio.core.sql.parse;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers a pure function of SQL text for the whole JVM. A history writes the same few type names and default
 * expressions thousands of times, and a goal replays it twice (the analysis, then the lint in step with its
 * rules): each distinct text is read once. Results must be immutable. Bounded (forgets everything when full), so a
 * long-lived JVM does not grow without end. Thread-safe.
 */
final class TextMemo<T> {
    private static final int CAPACITY = 20_000;
    /** Stands for a null result: the map holds no nulls. */
    private static final Object NONE = new Object();

    private final Map<String, Object> results = new ConcurrentHashMap<>();
    private final Function<String, T> function;

    TextMemo(Function<String, T> function) {
        this.function = function;
    }

    @SuppressWarnings("unchecked")
    T apply(String text) {
        Object known = results.get(text);
        if (known != null) {
            return known == NONE ? null : (T) known;
        }
        T result = function.apply(text);
        if (results.size() >= CAPACITY) {
            results.clear();
        }
        results.put(text, result == null ? NONE : result);
        return result;
    }
}
