package dev.migrationstudio.maven;

import dev.migrationstudio.core.artifact.ArtifactId;
import dev.migrationstudio.core.artifact.ArtifactStore;
import dev.migrationstudio.core.intent.IntentGraph;
import dev.migrationstudio.core.intent.IntentPatch;
import dev.migrationstudio.core.intent.ManagedStatus;
import dev.migrationstudio.core.intent.UnknownObjectException;
import java.util.Locale;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Changes one object of the intent graph: {@code -Dstudio.entity=<id> -Dstudio.action=exclude}, or
 * {@code -Dstudio.action=set-status -Dstudio.status=managed|assisted}.
 */
@Mojo(name = "intent-patch", threadSafe = true, requiresProject = true)
public class IntentPatchMojo extends AbstractStudioMojo {

    /** The object's id, as in the graph ({@code public.accounts}). */
    @Parameter(property = "studio.entity")
    private String entity;

    /** {@code exclude} or {@code set-status}. */
    @Parameter(property = "studio.action")
    private String action;

    /** With set-status: {@code managed} or {@code assisted}. */
    @Parameter(property = "studio.status")
    private String status;

    @Inject
    public IntentPatchMojo(MavenProject project, MavenSession session) {
        super(project, session);
    }

    @Override
    protected String goalName() {
        return "intent-patch";
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        if (entity == null || entity.isBlank()) {
            throw new MojoFailureException("Set studio.entity to the id of the object to change (e.g. public.accounts)");
        }
        ArtifactStore store = artifactStore();
        IntentGraph graph = new IntentSteps(store).graph();
        try {
            IntentGraph patched = new IntentPatch().apply(graph, change());
            IntentArtifacts.write(store, ArtifactId.INTENT_GRAPH, patched);
            getLog().info(entity + " is now " + patched.object(entity).orElseThrow().managedStatus().json());
        } catch (UnknownObjectException e) {
            throw new MojoFailureException(e.getMessage() + " (fix studio.entity)");
        }
    }

    private IntentPatch.Change change() throws MojoFailureException {
        String normalized = action == null ? "" : action.trim().toLowerCase(Locale.ROOT);
        try {
            return switch (normalized) {
                case "exclude" -> new IntentPatch.Exclude(entity);
                case "set-status" -> new IntentPatch.SetStatus(entity, ManagedStatus.parse(status));
                default -> throw new MojoFailureException("Unknown studio.action '" + action
                        + "': use exclude or set-status");
            };
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage() + " (fix studio.status)");
        }
    }
}
