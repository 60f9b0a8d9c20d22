package dev.migrationstudio.core.sql.replay;

import java.util.List;

/**
 * What replaying one statement did: the objects it touched, in order, and the problems it met (an ALTER of a
 * table nobody created, a DROP of a missing object ...). Problems are warnings: replay always goes on.
 */
public record ReplayStep(List<TouchedObject> touched, List<String> warnings) {
    public ReplayStep {
        touched = List.copyOf(touched);
        warnings = List.copyOf(warnings);
    }
}
