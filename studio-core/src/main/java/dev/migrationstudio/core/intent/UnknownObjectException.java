package dev.migrationstudio.core.intent;

import java.util.List;

/** An id the intent graph does not hold; carries the ids that look like it. */
public final class UnknownObjectException extends Exception {
    private final List<String> nearMatches;

    public UnknownObjectException(String id, List<String> nearMatches) {
        super("No object '" + id + "' in the intent graph"
                + (nearMatches.isEmpty() ? "" : "; did you mean: " + String.join(", ", nearMatches) + "?"));
        this.nearMatches = List.copyOf(nearMatches);
    }

    public List<String> nearMatches() {
        return nearMatches;
    }
}
