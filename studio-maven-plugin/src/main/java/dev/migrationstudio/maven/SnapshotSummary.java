package dev.migrationstudio.maven;

import dev.migrationstudio.core.introspect.SchemaSnapshot;
import dev.migrationstudio.core.introspect.SchemaSnapshot.ReplayFailure;
import dev.migrationstudio.core.introspect.SnapshotService;
import dev.migrationstudio.core.schema.SchemaModel;
import dev.migrationstudio.core.schema.Table;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.maven.plugin.logging.Log;

/** What {@code studio:introspect} tells the user: where it read from, counts per kind, time, replay failures. */
record SnapshotSummary(
        String source,
        String serverVersion,
        List<String> schemas,
        Map<String, Integer> counts,
        int scriptsReplayed,
        long replayMillis,
        long introspectMillis,
        long totalMillis,
        List<ReplayFailure> replayFailures,
        String artifact) {

    static SnapshotSummary of(SnapshotService.Outcome outcome, Duration total, String artifact) {
        SchemaSnapshot snapshot = outcome.snapshot();
        return new SnapshotSummary(snapshot.source(), snapshot.serverVersion(), snapshot.schemas(),
                counts(snapshot.model()), outcome.scriptsReplayed(), outcome.replayTime().toMillis(),
                outcome.introspectTime().toMillis(), total.toMillis(), snapshot.replayFailures(), artifact);
    }

    private static Map<String, Integer> counts(SchemaModel model) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("tables", model.tables().size());
        counts.put("columns", model.tables().stream().mapToInt(t -> t.columns().size()).sum());
        counts.put("constraints", model.tables().stream().mapToInt(t -> t.constraints().size()).sum());
        counts.put("indexes", model.indexes().size());
        counts.put("rlsTables", (int) model.tables().stream().filter(Table::rlsEnabled).count());
        counts.put("policies", model.policies().size());
        counts.put("functions", model.routines().size());
        counts.put("views", model.views().size());
        counts.put("triggers", model.triggers().size());
        counts.put("sequences", model.sequences().size());
        counts.put("types", model.enums().size() + model.domains().size() + model.compositeTypes().size());
        counts.put("extensions", model.extensions().size());
        counts.put("grants", model.grants().size());
        return counts;
    }

    void print(Log log) {
        log.info("Snapshot of " + source + " (PostgreSQL " + serverVersion + "), schemas: "
                + (schemas.isEmpty() ? "(none)" : String.join(", ", schemas)));
        log.info("  " + counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", ")));
        String replay = scriptsReplayed > 0 ? scriptsReplayed + " migrations replayed in " + replayMillis + " ms, " : "";
        log.info("  " + replay + "introspected in " + introspectMillis + " ms, " + totalMillis + " ms in all");
        log.info("  wrote " + artifact);
        if (!replayFailures.isEmpty()) {
            log.warn(replayFailures.size() + " statement(s) failed in the shadow database and were skipped:");
            Map<String, List<ReplayFailure>> byFile = replayFailures.stream()
                    .collect(Collectors.groupingBy(ReplayFailure::file, LinkedHashMap::new, Collectors.toList()));
            byFile.forEach((file, failures) -> {
                log.warn("  " + file);
                for (ReplayFailure failure : failures) {
                    log.warn("    line " + failure.line() + ": " + failure.error().lines().findFirst().orElse("")
                            + (failure.statement().isEmpty() ? "" : "  [" + failure.statement() + "]"));
                }
            });
        }
    }
}
