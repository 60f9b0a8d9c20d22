package dev.migrationstudio.maven;

import dev.migrationstudio.core.artifact.ArtifactId;
import dev.migrationstudio.core.connect.DatabaseUnavailableException;
import dev.migrationstudio.core.introspect.DatabaseTarget;
import dev.migrationstudio.core.introspect.SnapshotService;
import dev.migrationstudio.core.json.Json;
import dev.migrationstudio.core.report.StudioLog;
import dev.migrationstudio.core.source.MigrationSourceException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.eclipse.aether.RepositorySystem;

/**
 * Reads the database as it is into {@code studio.schema.snapshot}: the live database named by {@code url}, or,
 * with no URL, the shadow database built by replaying the project's migrations into an embedded PostgreSQL.
 */
@Mojo(name = "introspect", threadSafe = true, requiresProject = true)
public class IntrospectMojo extends AbstractDatabaseMojo {

    @Inject
    public IntrospectMojo(MavenProject project, MavenSession session, RepositorySystem repositorySystem,
                          SettingsDecrypter settingsDecrypter) {
        super(project, session, repositorySystem, settingsDecrypter);
    }

    @Override
    protected String goalName() {
        return "introspect";
    }

    @Override
    protected void run() throws MojoExecutionException {
        StudioLog log = studioLog();
        DatabaseTarget target = databaseTarget();
        long started = System.nanoTime();
        SnapshotService.Outcome outcome;
        try {
            outcome = new SnapshotService(log, Clock.systemUTC()).capture(target, schemaFilter(), statementTimeout());
        } catch (DatabaseUnavailableException | MigrationSourceException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        Path written;
        try {
            written = artifactStore().write(ArtifactId.SCHEMA_SNAPSHOT, outcome.snapshot());
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the snapshot artifact: " + e.getMessage()
                    + " (check studio.artifactsDirectory)", e);
        }
        Duration total = Duration.ofNanos(System.nanoTime() - started);
        SnapshotSummary summary = SnapshotSummary.of(outcome, total, relative(written));
        if (outputFormat() == OutputFormat.JSON) {
            System.out.println(toJson(summary));
        } else {
            summary.print(getLog());
        }
    }

    private static String toJson(SnapshotSummary summary) throws MojoExecutionException {
        try {
            return Json.mapper().writeValueAsString(Map.of("snapshot", summary));
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot render JSON: " + e.getMessage(), e);
        }
    }

}
