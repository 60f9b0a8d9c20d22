package dev.migrationstudio.maven;

import dev.migrationstudio.core.connect.ConnectionSettings;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Finds the live database to use, first match wins: the goal's own parameters ({@code studio.url}, ...), a
 * {@code settings.xml} server ({@code studio.serverId}) for the credentials, environment variables
 * ({@code STUDIO_URL}, {@code STUDIO_USER}, {@code STUDIO_PASSWORD}), then the project's
 * {@code flyway-maven-plugin} or {@code liquibase-maven-plugin} configuration. No URL anywhere means the shadow
 * database.
 */
final class ConnectionResolver {
    private final MavenProject project;
    private final MavenSession session;
    private final SettingsDecrypter decrypter;
    private final Map<String, String> environment;

    ConnectionResolver(MavenProject project, MavenSession session, SettingsDecrypter decrypter,
                       Map<String, String> environment) {
        this.project = project;
        this.session = session;
        this.decrypter = decrypter;
        this.environment = environment;
    }

    record Explicit(String url, String user, String password, String serverId, Duration connectTimeout) {
    }

    Optional<ConnectionSettings> resolve(Explicit explicit) throws MojoExecutionException {
        Credentials credentials = credentials(explicit);
        if (present(explicit.url())) {
            return Optional.of(settings(explicit.url(), credentials, explicit, "studio.url"));
        }
        if (present(environment.get("STUDIO_URL"))) {
            return Optional.of(settings(environment.get("STUDIO_URL"), credentials, explicit,
                    "environment variable STUDIO_URL"));
        }
        Optional<ToolPluginConfiguration> flyway = ToolPluginConfiguration.of(project, ToolPluginConfiguration.FLYWAY);
        if (flyway.flatMap(c -> c.first("url")).isPresent()) {
            ToolPluginConfiguration config = flyway.get();
            Credentials fromTool = credentials.orElse(config.first("user").orElse(null),
                    config.first("password").orElse(null));
            return Optional.of(settings(config.first("url").get(), fromTool, explicit, config.describe()));
        }
        Optional<ToolPluginConfiguration> liquibase =
                ToolPluginConfiguration.of(project, ToolPluginConfiguration.LIQUIBASE);
        if (liquibase.flatMap(c -> c.first("url")).isPresent()) {
            ToolPluginConfiguration config = liquibase.get();
            Credentials fromTool = credentials.orElse(config.first("username").orElse(null),
                    config.first("password").orElse(null));
            return Optional.of(settings(config.first("url").get(), fromTool, explicit, config.describe()));
        }
        return Optional.empty();
    }

    private record Credentials(String user, String password) {
        Credentials orElse(String otherUser, String otherPassword) {
            return new Credentials(user != null ? user : otherUser, password != null ? password : otherPassword);
        }
    }

    private Credentials credentials(Explicit explicit) throws MojoExecutionException {
        String user = firstPresent(explicit.user(), environment.get("STUDIO_USER"));
        String password = firstPresent(explicit.password(), environment.get("STUDIO_PASSWORD"));
        if (present(explicit.serverId())) {
            Server server = session.getSettings().getServer(explicit.serverId());
            if (server == null) {
                throw new MojoExecutionException("No <server> with id '" + explicit.serverId()
                        + "' in settings.xml: fix studio.serverId or add the server to ~/.m2/settings.xml");
            }
            Server decrypted = decrypt(server);
            user = firstPresent(user, decrypted.getUsername());
            password = firstPresent(password, decrypted.getPassword());
        }
        return new Credentials(user, password);
    }

    private Server decrypt(Server server) throws MojoExecutionException {
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : result.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new MojoExecutionException("Cannot decrypt the password of settings.xml server '"
                        + server.getId() + "': " + problem.getMessage());
            }
        }
        return result.getServer();
    }

    private static ConnectionSettings settings(String url, Credentials credentials, Explicit explicit,
                                               String origin) {
        return new ConnectionSettings(url.trim(), credentials.user(), credentials.password(),
                explicit.connectTimeout(), origin);
    }

    private static String firstPresent(String first, String second) {
        return present(first) ? first : present(second) ? second : null;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
