package dev.migrationstudio.maven;

import dev.migrationstudio.core.intent.IntentGraph;
import dev.migrationstudio.core.intent.ManagedStatus;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.project.MavenProject;

/**
 * Builds the intent graph {@code studio.intent.graph} from the sync report: managed (confidence 0.80 and up),
 * assisted (0.50 to 0.79) or opaque (below 0.50), with the history's opaque statements kept verbatim.
 */
@Mojo(name = "intent-init", threadSafe = true, requiresProject = true)
public class IntentInitMojo extends AbstractHistoryMojo {

    @Inject
    public IntentInitMojo(MavenProject project, MavenSession session) {
        super(project, session);
    }

    @Override
    protected String goalName() {
        return "intent-init";
    }

    @Override
    protected void run() throws MojoExecutionException {
        IntentGraph graph = new IntentSteps(artifactStore()).init(readHistory(), this::relative);
        getLog().info(describe(graph));
    }

    static String describe(IntentGraph graph) {
        return "Intent graph (" + graph.mode().json() + "): " + graph.withStatus(ManagedStatus.MANAGED).size()
                + " managed, " + graph.withStatus(ManagedStatus.ASSISTED).size() + " assisted, "
                + graph.withStatus(ManagedStatus.OPAQUE).size() + " opaque, "
                + graph.withStatus(ManagedStatus.EXCLUDED).size() + " excluded; " + graph.opaqueBlocks().size()
                + " opaque statements kept verbatim";
    }
}
