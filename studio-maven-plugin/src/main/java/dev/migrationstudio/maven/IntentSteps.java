package dev.migrationstudio.maven;

import dev.migrationstudio.core.artifact.ArtifactId;
import dev.migrationstudio.core.artifact.ArtifactStore;
import dev.migrationstudio.core.intent.IntentGraph;
import dev.migrationstudio.core.intent.IntentInit;
import dev.migrationstudio.core.intent.IntentSync;
import dev.migrationstudio.core.intent.SyncReport;
import dev.migrationstudio.core.introspect.SchemaSnapshot;
import dev.migrationstudio.core.intent.OpaqueBlocks;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.apache.maven.plugin.MojoExecutionException;

/** intent-sync and intent-init over the artifacts, shared by their own goals and by adopt. */
final class IntentSteps {
    private final ArtifactStore store;

    IntentSteps(ArtifactStore store) {
        this.store = store;
    }

    SyncReport sync(StaticHistory.Read history, List<String> exclusions) throws MojoExecutionException {
        SchemaSnapshot snapshot = IntentArtifacts.require(store, ArtifactId.SCHEMA_SNAPSHOT, SchemaSnapshot.class,
                "mvn studio:introspect");
        SyncReport report = new IntentSync().sync(
                new IntentSync.Sources(snapshot.source(), history.source().tool() + ":" + history.source().location()),
                snapshot.model(), history.analysis().model(), exclusions == null ? List.of() : exclusions);
        IntentArtifacts.write(store, ArtifactId.INTENT_SYNC_REPORT, report);
        return report;
    }

    /** {@code displayPath} shows a script's file as the graph names it (relative to the project). */
    IntentGraph init(StaticHistory.Read history, Function<Path, String> displayPath) throws MojoExecutionException {
        SyncReport report = syncReport();
        IntentGraph graph = new IntentInit().init(report, OpaqueBlocks.of(history.analysis(), displayPath));
        IntentArtifacts.write(store, ArtifactId.INTENT_GRAPH, graph);
        return graph;
    }

    SyncReport syncReport() throws MojoExecutionException {
        return IntentArtifacts.require(store, ArtifactId.INTENT_SYNC_REPORT, SyncReport.class, "mvn studio:intent-sync");
    }

    IntentGraph graph() throws MojoExecutionException {
        return IntentArtifacts.require(store, ArtifactId.INTENT_GRAPH, IntentGraph.class,
                "mvn studio:adopt (or studio:intent-init, studio:greenfield-init)");
    }
}
