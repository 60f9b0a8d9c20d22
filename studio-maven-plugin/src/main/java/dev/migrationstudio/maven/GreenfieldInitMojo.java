package dev.migrationstudio.maven;

import dev.migrationstudio.core.artifact.ArtifactId;
import dev.migrationstudio.core.artifact.ArtifactStore;
import dev.migrationstudio.core.intent.IntentGraph;
import java.nio.file.Files;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** Starts an empty intent graph in greenfield mode, for a project with no history yet. */
@Mojo(name = "greenfield-init", threadSafe = true, requiresProject = true)
public class GreenfieldInitMojo extends AbstractStudioMojo {

    /** The schemas the graph will manage. */
    @Parameter(property = "studio.schemas", defaultValue = "public")
    private List<String> schemas;

    /** Replaces an existing intent graph. */
    @Parameter(property = "studio.force", defaultValue = "false")
    private boolean force;

    @Inject
    public GreenfieldInitMojo(MavenProject project, MavenSession session) {
        super(project, session);
    }

    @Override
    protected String goalName() {
        return "greenfield-init";
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        ArtifactStore store = artifactStore();
        if (Files.exists(store.pathOf(ArtifactId.INTENT_GRAPH)) && !force) {
            throw new MojoFailureException("An intent graph already exists at "
                    + relative(store.pathOf(ArtifactId.INTENT_GRAPH))
                    + "; run with -Dstudio.force=true to replace it with an empty one");
        }
        IntentGraph graph = IntentGraph.greenfield(schemas);
        IntentArtifacts.write(store, ArtifactId.INTENT_GRAPH, graph);
        getLog().info("Empty greenfield intent graph managing " + graph.managedScope().managedSchemas() + " written to "
                + relative(store.pathOf(ArtifactId.INTENT_GRAPH)));
    }
}
