package dev.migrationstudio.maven;

import dev.migrationstudio.core.connect.DatabaseUnavailableException;
import dev.migrationstudio.core.fidelity.FidelityService;
import dev.migrationstudio.core.introspect.DatabaseTarget;
import dev.migrationstudio.core.json.Json;
import dev.migrationstudio.core.source.MigrationSource;
import dev.migrationstudio.core.source.MigrationSourceException;
import dev.migrationstudio.core.sqlast.SqlParseService;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.eclipse.aether.RepositorySystem;

/**
 * Reads the migration history without a database into {@code studio.sql.ast}: every script split and parsed
 * (unchanged ones from a cache under {@code target/studio}), replayed in order into the schema it declares.
 * Unreadable or malformed scripts are reported with file and line; the others are still read. With
 * {@code -Dstudio.verify=true} the history is also replayed in the shadow database and every object whose parsed
 * form differs from what PostgreSQL built is listed.
 */
@Mojo(name = "sql-parse", threadSafe = true, requiresProject = true)
public class SqlParseMojo extends AbstractDatabaseMojo {

    /** Also replay the history in the shadow database and compare (needs the embedded PostgreSQL binaries). */
    @Parameter(property = "studio.verify", defaultValue = "false")
    protected boolean verify;

    @Inject
    public SqlParseMojo(MavenProject project, MavenSession session, RepositorySystem repositorySystem,
                        SettingsDecrypter settingsDecrypter) {
        super(project, session, repositorySystem, settingsDecrypter);
    }

    @Override
    protected String goalName() {
        return "sql-parse";
    }

    @Override
    protected void run() throws MojoExecutionException {
        StaticHistory.Read history = readHistory();
        MigrationSource source = history.source();
        Path written = history.artifact();
        FidelityService.Outcome fidelity = verify ? verify(history.outcome(), source) : null;
        SqlParseSummary summary = new SqlParseSummary(history, fidelity, relative(written));
        if (outputFormat() == OutputFormat.JSON) {
            System.out.println(toJson(summary));
        } else {
            summary.print(getLog());
        }
    }

    private FidelityService.Outcome verify(SqlParseService.Outcome outcome, MigrationSource source)
            throws MojoExecutionException {
        DatabaseTarget.Shadow shadow = shadowTarget(source);
        try {
            return new FidelityService(studioLog(), Clock.systemUTC())
                    .verify(outcome.analysis().model(), shadow, schemaFilter(), statementTimeout());
        } catch (DatabaseUnavailableException | MigrationSourceException e) {
            throw new MojoExecutionException("The fidelity check could not build the shadow database: "
                    + e.getMessage(), e);
        }
    }

    private static String toJson(SqlParseSummary summary) throws MojoExecutionException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("sqlParse", summary.json());
        try {
            return Json.mapper().writeValueAsString(document);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot render JSON: " + e.getMessage(), e);
        }
    }
}
