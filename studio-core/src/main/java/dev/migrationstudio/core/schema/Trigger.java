package dev.migrationstudio.core.schema;

import java.util.List;

/**
 * A trigger. {@code timing} is BEFORE, AFTER or INSTEAD OF; {@code events} INSERT, UPDATE, DELETE, TRUNCATE;
 * {@code level} ROW or STATEMENT; {@code function} the id of the trigger function; {@code enabled} as
 * {@code pg_trigger.tgenabled} (O, D, R, A).
 */
public record Trigger(
        String schema,
        String table,
        String name,
        String timing,
        List<String> events,
        String level,
        String function,
        String when,
        String enabled,
        String definition) {

    public Trigger {
        events = events == null ? List.of() : List.copyOf(events);
    }

    public String id() {
        return ObjectIds.member(schema, table, name);
    }
}
