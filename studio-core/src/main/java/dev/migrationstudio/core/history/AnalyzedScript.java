package dev.migrationstudio.core.history;

import dev.migrationstudio.core.sql.replay.ReplayStep;
import java.util.List;

/** A parsed script after replay: for each statement, what it did to the model (in the same order). */
public record AnalyzedScript(ParsedScript parsed, List<ReplayStep> steps) {

    public AnalyzedScript {
        steps = List.copyOf(steps);
        if (steps.size() != parsed.statements().size()) {
            throw new IllegalArgumentException("one replay step per statement");
        }
    }
}
