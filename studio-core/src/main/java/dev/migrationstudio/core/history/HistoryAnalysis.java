package dev.migrationstudio.core.history;

import dev.migrationstudio.core.schema.SchemaModel;
import java.util.List;

/** A whole history read statically: every script parsed and replayed in order, and the schema it declares. */
public record HistoryAnalysis(List<AnalyzedScript> scripts, SchemaModel model) {
    public HistoryAnalysis {
        scripts = List.copyOf(scripts);
    }
}
