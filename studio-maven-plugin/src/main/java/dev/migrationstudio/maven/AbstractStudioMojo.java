package dev.migrationstudio.maven;

import dev.migrationstudio.core.artifact.ArtifactStore;
import dev.migrationstudio.core.report.StudioLog;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** What every goal shares: {@code studio.skip}, the artifacts directory, the output format. */
public abstract class AbstractStudioMojo extends AbstractMojo {
    protected final MavenProject project;
    protected final MavenSession session;

    /** Skips the goal. */
    @Parameter(property = "studio.skip", defaultValue = "false")
    private boolean skip;

    /** Where artifacts are kept; outside target/ so that they survive {@code mvn clean}. */
    @Parameter(property = "studio.artifactsDirectory", defaultValue = "${project.basedir}/.studio/artifacts")
    private File artifactsDirectory;

    /** Output format: {@code text} (default) or {@code json} (only JSON on standard output). */
    @Parameter(property = "studio.format", defaultValue = "text")
    private String format;

    protected AbstractStudioMojo(MavenProject project, MavenSession session) {
        this.project = project;
        this.session = session;
    }

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Migration Studio: skipped (studio.skip=true)");
            return;
        }
        try {
            run();
        } finally {
            awaitBackgroundWrites();
        }
    }

    protected abstract void run() throws MojoExecutionException, MojoFailureException;

    /**
     * Waits for artifacts a goal writes while it goes on with other work, so none is cut short when Maven exits;
     * throws when one could not be written.
     */
    protected void awaitBackgroundWrites() throws MojoExecutionException {
    }

    protected ArtifactStore artifactStore() {
        return new ArtifactStore(artifactsDirectory.toPath(), "studio-maven-plugin:" + goalName());
    }

    protected OutputFormat outputFormat() throws MojoExecutionException {
        return OutputFormat.parse(format);
    }

    /** The engine's log, quiet in JSON mode so standard output holds only the JSON document. */
    protected StudioLog studioLog() throws MojoExecutionException {
        return new MavenStudioLog(getLog(), outputFormat() == OutputFormat.JSON);
    }

    protected String relative(File file) {
        return relative(file.toPath());
    }

    protected String relative(Path path) {
        Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
    }

    protected abstract String goalName();
}
