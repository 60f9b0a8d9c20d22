package dev.migrationstudio.maven;

import dev.migrationstudio.core.artifact.ArtifactId;
import dev.migrationstudio.core.artifact.ArtifactStore;
import dev.migrationstudio.core.intent.IntentGraph;
import dev.migrationstudio.core.intent.IntentInit;
import dev.migrationstudio.core.intent.IntentSync;
import dev.migrationstudio.core.intent.SyncReport;
import dev.migrationstudio.core.introspect.SchemaSnapshot;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;

/** intent-sync and intent-init over the artifacts, shared by their own goals and by adopt. */
final class IntentSteps {
    private final ArtifactStore store;

    IntentSteps(ArtifactStore store) {
        this.store = store;
    }

    SyncReport sync(List<String> exclusions) throws MojoExecutionException {
        SchemaSnapshot snapshot = IntentArtifacts.require(store, ArtifactId.SCHEMA_SNAPSHOT, SchemaSnapshot.class,
                "mvn studio:introspect");
        HistoryAstArtifact.HistoryAst history = HistoryAstArtifact.read(store);
        SyncReport report = new IntentSync().sync(
                new IntentSync.Sources(snapshot.source(), history.tool() + ":" + history.location()),
                snapshot.model(), history.model(), exclusions == null ? List.of() : exclusions);
        IntentArtifacts.write(store, ArtifactId.INTENT_SYNC_REPORT, report);
        return report;
    }

    IntentGraph init() throws MojoExecutionException {
        SyncReport report = syncReport();
        HistoryAstArtifact.HistoryAst history = HistoryAstArtifact.read(store);
        IntentGraph graph = new IntentInit().init(report, history.opaqueBlocks());
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
