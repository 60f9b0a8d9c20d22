package dev.migrationstudio.maven;

import dev.migrationstudio.core.intent.SyncReport;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Matches the database snapshot with the parsed history into {@code studio.intent.sync-report}: a confidence score
 * per table, policy, function and view, and in words what drifted.
 */
@Mojo(name = "intent-sync", threadSafe = true, requiresProject = true)
public class IntentSyncMojo extends AbstractHistoryMojo {

    /** Schemas or object ids to leave out of management ({@code audit}, {@code public.legacy_users}). */
    @Parameter(property = "studio.exclude")
    private List<String> exclude;

    @Inject
    public IntentSyncMojo(MavenProject project, MavenSession session) {
        super(project, session);
    }

    @Override
    protected String goalName() {
        return "intent-sync";
    }

    @Override
    protected void run() throws MojoExecutionException {
        SyncReport report = new IntentSteps(artifactStore()).sync(readHistory(), exclude);
        ConfidenceTable.lines(report).forEach(getLog()::info);
    }
}
