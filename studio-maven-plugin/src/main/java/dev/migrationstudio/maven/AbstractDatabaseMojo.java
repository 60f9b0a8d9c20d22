package dev.migrationstudio.maven;

import dev.migrationstudio.core.connect.ConnectionSettings;
import dev.migrationstudio.core.introspect.DatabaseTarget;
import dev.migrationstudio.core.introspect.SchemaFilter;
import dev.migrationstudio.core.shadow.Platform;
import dev.migrationstudio.core.shadow.PostgresBinaries;
import dev.migrationstudio.core.source.MigrationSource;
import dev.migrationstudio.core.shadow.ShadowInitScripts;
import dev.migrationstudio.core.source.MigrationSourceException;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.eclipse.aether.RepositorySystem;

/**
 * Goals that need a database: a live one ({@code url}), or the embedded shadow database into which the
 * project's migrations are replayed when no URL is configured anywhere.
 */
public abstract class AbstractDatabaseMojo extends AbstractHistoryMojo {
    private final RepositorySystem repositorySystem;
    private final SettingsDecrypter settingsDecrypter;

    /** JDBC URL of a live database. Unset (here, in STUDIO_URL and in the Flyway/Liquibase plugin): shadow database. */
    @Parameter(property = "studio.url")
    protected String url;

    @Parameter(property = "studio.user")
    protected String user;

    /** Prefer {@code serverId} or STUDIO_PASSWORD: a password on the command line ends up in shell history. */
    @Parameter(property = "studio.password")
    protected String password;

    /** A {@code <server>} in settings.xml holding the user and (possibly encrypted) password. */
    @Parameter(property = "studio.serverId")
    protected String serverId;

    /** Seconds to wait for a connection before giving up. */
    @Parameter(property = "studio.connectTimeout", defaultValue = "10")
    protected int connectTimeout;

    /** Seconds any one catalog query may run. */
    @Parameter(property = "studio.statementTimeout", defaultValue = "60")
    protected int statementTimeout;

    /** Schemas to read (default: every user schema). */
    @Parameter(property = "studio.schemas")
    protected List<String> schemas;

    /** Schemas to leave out, in addition to system and platform schemas. */
    @Parameter(property = "studio.excludeSchemas")
    protected List<String> excludeSchemas;

    /** {@code postgres} or {@code supabase}: which platform objects the shadow database gets first. */
    @Parameter(property = "studio.platform", defaultValue = "postgres")
    protected String platform;

    /** SQL scripts run in the shadow database after the platform objects and before the migrations. */
    @Parameter(property = "studio.initScripts")
    protected List<File> initScripts;

    /** Where the shadow database's binaries are unpacked (a cache shared by runs). */
    @Parameter(property = "studio.shadowDirectory", defaultValue = "${java.io.tmpdir}/migration-studio-pg")
    protected File shadowDirectory;

    protected AbstractDatabaseMojo(MavenProject project, MavenSession session, RepositorySystem repositorySystem,
                                   SettingsDecrypter settingsDecrypter) {
        super(project, session);
        this.repositorySystem = repositorySystem;
        this.settingsDecrypter = settingsDecrypter;
    }

    protected Optional<ConnectionSettings> liveDatabase() throws MojoExecutionException {
        ConnectionResolver resolver = new ConnectionResolver(project, session, settingsDecrypter, System.getenv());
        return resolver.resolve(new ConnectionResolver.Explicit(url, user, password, serverId,
                Duration.ofSeconds(connectTimeout)));
    }

    /** The live database when a URL is configured anywhere, else the shadow database built from the history. */
    protected DatabaseTarget databaseTarget() throws MojoExecutionException {
        Optional<ConnectionSettings> live = liveDatabase();
        if (live.isPresent()) {
            getLog().info("Reading " + live.get().maskedUrl() + " (from " + live.get().origin() + ")");
            return new DatabaseTarget.Live(live.get());
        }
        return shadowTarget(new MigrationSourceFactory(project).create(historyRequest()));
    }

    /** The shadow database that replays {@code source}, with this goal's platform and init scripts. */
    protected DatabaseTarget.Shadow shadowTarget(MigrationSource source) throws MojoExecutionException {
        return new DatabaseTarget.Shadow(shadowBinaries(), shadowDirectory.toPath(), Duration.ofSeconds(60),
                platform(), initScriptPaths(), source, project.getBasedir().toPath());
    }

    /**
     * Goals that know the platform read the history on top of it: the platform SQL (Supabase roles, schemas,
     * default privileges) is replayed before the history, and the model keeps the schemas introspection reads, so
     * static and live models compare like with like. The user's {@code initScripts} are left out: they prepare the
     * shadow database, and what they create is not something the migrations declare.
     */
    @Override
    protected StaticHistory.Read readHistory() throws MojoExecutionException {
        try {
            return readHistory(ShadowInitScripts.load(platform(), List.of()), schemaFilter());
        } catch (MigrationSourceException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    protected PostgresBinaries shadowBinaries() throws MojoExecutionException {
        quietEmbeddedServerLogging();
        return new PostgresBinariesResolver(repositorySystem, session.getRepositorySession(),
                project.getRemoteProjectRepositories()).resolve(pgVersion);
    }

    /**
     * The embedded server logs every initdb and postmaster step through SLF4J, which Maven prints at INFO. Maven's
     * SLF4J provider reads per-logger levels from system properties when a logger is created, so this must run
     * before the first embedded-server class loads. {@code -Dorg.slf4j.simpleLogger.log.io.zonky=info} brings it back.
     */
    private static void quietEmbeddedServerLogging() {
        String key = "org.slf4j.simpleLogger.log.io.zonky";
        if (System.getProperty(key) == null) {
            System.setProperty(key, "warn");
        }
    }

    protected Platform platform() throws MojoExecutionException {
        try {
            return Platform.parse(platform);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage());
        }
    }

    protected List<Path> initScriptPaths() throws MojoExecutionException {
        if (initScripts == null) {
            return List.of();
        }
        for (File script : initScripts) {
            if (!script.isFile()) {
                throw new MojoExecutionException("Init script " + script + " does not exist: fix studio.initScripts");
            }
        }
        return initScripts.stream().map(File::toPath).toList();
    }

    protected SchemaFilter schemaFilter() {
        return new SchemaFilter(schemas == null ? List.of() : schemas,
                excludeSchemas == null ? List.of() : excludeSchemas);
    }

    protected Duration statementTimeout() {
        return Duration.ofSeconds(statementTimeout);
    }
}
