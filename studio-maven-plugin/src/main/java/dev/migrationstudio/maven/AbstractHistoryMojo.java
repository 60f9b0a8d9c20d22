package dev.migrationstudio.maven;

import dev.migrationstudio.core.introspect.SchemaFilter;
import dev.migrationstudio.core.source.MigrationScript;
import dev.migrationstudio.core.source.MigrationSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Goals that read the project's migration history. Every setting defaults to what the project's own
 * {@code flyway-maven-plugin} or {@code liquibase-maven-plugin} configuration says.
 */
public abstract class AbstractHistoryMojo extends AbstractStudioMojo {

    /** {@code flyway}, {@code liquibase}, or {@code auto}: Liquibase when a changelog is configured or found. */
    @Parameter(property = "studio.tool", defaultValue = "auto")
    protected String tool;

    /** Flyway locations ({@code filesystem:...}, {@code classpath:...}); default: the Flyway plugin's, else {@code classpath:db/migration}. */
    @Parameter(property = "studio.locations")
    protected List<String> locations;

    /** Liquibase master changelog; default: the Liquibase plugin's {@code changeLogFile}. */
    @Parameter(property = "studio.changeLogFile")
    protected String changeLogFile;

    /** Liquibase contexts to include. */
    @Parameter(property = "studio.contexts")
    protected String contexts;

    /** Liquibase label expression. */
    @Parameter(property = "studio.labels")
    protected String labels;

    /** Encoding of SQL migration files. */
    @Parameter(property = "studio.encoding", defaultValue = "${project.build.sourceEncoding}")
    protected String encoding;

    /**
     * Major version of PostgreSQL the migrations target: 14, 15, 16 or 17. Lint rules and what may run in a
     * transaction depend on it; goals with a shadow database also start that version.
     */
    @Parameter(property = "studio.pgVersion", defaultValue = "17")
    protected int pgVersion;

    /**
     * Reuse the last run's results when nothing they depend on changed: the scripts, the settings, the plugin build
     * (kept under {@code target/studio/results}). {@code false} analyses the history again every time.
     */
    @Parameter(property = "studio.reuseResults", defaultValue = "true")
    protected boolean reuseResults;

    /** The histories this run read, whose {@code studio.sql.ast} may still be being written. */
    private final List<StaticHistory.Read> reads = new ArrayList<>();

    protected AbstractHistoryMojo(MavenProject project, MavenSession session) {
        super(project, session);
    }

    protected MigrationSourceFactory.Request historyRequest() {
        return new MigrationSourceFactory.Request(tool, locations, changeLogFile, contexts, labels, encoding);
    }

    /**
     * Reads the history with no database, the one way every goal does: through the parse cache, writing
     * {@code studio.sql.ast}.
     */
    protected StaticHistory.Read readHistory() throws MojoExecutionException {
        return readHistory(List.of(), null);
    }

    /** As {@link #readHistory()}, with the platform SQL replayed first and the model filtered to the schemas. */
    protected StaticHistory.Read readHistory(List<MigrationScript> preamble, SchemaFilter schemaFilter)
            throws MojoExecutionException {
        MigrationSource source = new MigrationSourceFactory(project).create(historyRequest());
        StaticHistory.Read read = staticHistory().read(source, artifactStore(), preamble, schemaFilter, writesSqlAstInBackground());
        synchronized (reads) {
            reads.add(read);
        }
        return read;
    }

    protected StaticHistory staticHistory() throws MojoExecutionException {
        return new StaticHistory(project.getBasedir().toPath(), Path.of(project.getBuild().getDirectory()),
                studioLog(), pgVersion, reuseResults);
    }

    /**
     * Whether {@code studio.sql.ast} may be written while the goal goes on with the analysis: only a goal that
     * does not read the artifact back from the store (as {@code adopt}'s later steps do) may say yes.
     */
    protected boolean writesSqlAstInBackground() {
        return false;
    }

    @Override
    protected void awaitBackgroundWrites() throws MojoExecutionException {
        List<StaticHistory.Read> pending;
        synchronized (reads) {
            pending = List.copyOf(reads);
            reads.clear();
        }
        for (StaticHistory.Read read : pending) {
            read.artifact();
        }
    }
}
