package dev.migrationstudio.maven;

import dev.migrationstudio.core.artifact.ArtifactId;
import dev.migrationstudio.core.artifact.ArtifactStore;
import dev.migrationstudio.core.intent.Endpoint;
import dev.migrationstudio.core.intent.EndpointMapper;
import dev.migrationstudio.core.intent.IntentGraph;
import dev.migrationstudio.core.introspect.SchemaSnapshot;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.project.MavenProject;

/**
 * Maps the PostgREST endpoints of the managed objects into the intent graph: one table-crud endpoint per managed
 * table and one rpc endpoint per managed function in public, with the roles allowed by grants and RLS policies.
 */
@Mojo(name = "endpoint-map", threadSafe = true, requiresProject = true)
public class EndpointMapMojo extends AbstractStudioMojo {

    @Inject
    public EndpointMapMojo(MavenProject project, MavenSession session) {
        super(project, session);
    }

    @Override
    protected String goalName() {
        return "endpoint-map";
    }

    @Override
    protected void run() throws MojoExecutionException {
        ArtifactStore store = artifactStore();
        IntentGraph graph = new IntentSteps(store).graph();
        SchemaSnapshot snapshot = IntentArtifacts.require(store, ArtifactId.SCHEMA_SNAPSHOT, SchemaSnapshot.class,
                "mvn studio:introspect");
        List<Endpoint> endpoints = new EndpointMapper().map(graph, snapshot.model());
        IntentArtifacts.write(store, ArtifactId.INTENT_GRAPH, graph.withEndpoints(endpoints));
        for (Endpoint endpoint : endpoints) {
            getLog().info(String.format("  %-10s %-30s %s", endpoint.kind(), endpoint.path(), endpoint.allowedRoles()));
        }
        getLog().info(endpoints.size() + " endpoints written to " + relative(store.pathOf(ArtifactId.INTENT_GRAPH)));
    }
}
