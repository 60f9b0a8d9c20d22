package dev.migrationstudio.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationstudio.core.connect.ConnectionSettings;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;

class ConnectionResolverTest {
    private static final ConnectionResolver.Explicit NOTHING =
            new ConnectionResolver.Explicit(null, null, null, null, Duration.ofSeconds(10));

    private static MavenProject projectWithPlugin(String groupId, String artifactId, Map<String, String> configuration) {
        Model model = new Model();
        Build build = new Build();
        Plugin plugin = new Plugin();
        plugin.setGroupId(groupId);
        plugin.setArtifactId(artifactId);
        Xpp3Dom dom = new Xpp3Dom("configuration");
        configuration.forEach((name, value) -> {
            Xpp3Dom child = new Xpp3Dom(name);
            child.setValue(value);
            dom.addChild(child);
        });
        plugin.setConfiguration(dom);
        build.addPlugin(plugin);
        model.setBuild(build);
        return new MavenProject(model);
    }

    private static MavenProject emptyProject() {
        Model model = new Model();
        model.setBuild(new Build());
        return new MavenProject(model);
    }

    @Test
    void noUrlAnywhereMeansTheShadowDatabase() throws Exception {
        assertThat(new ConnectionResolver(emptyProject(), null, null, Map.of()).resolve(NOTHING)).isEmpty();
    }

    @Test
    void readsUrlUserAndPasswordFromTheFlywayPluginConfiguration() throws Exception {
        MavenProject project = projectWithPlugin("org.flywaydb", "flyway-maven-plugin",
                Map.of("url", "jdbc:postgresql://db/app", "user", "flyway", "password", "fw-secret"));
        ConnectionSettings settings = new ConnectionResolver(project, null, null, Map.of()).resolve(NOTHING).orElseThrow();
        assertThat(settings.url()).isEqualTo("jdbc:postgresql://db/app");
        assertThat(settings.user()).isEqualTo("flyway");
        assertThat(settings.password()).isEqualTo("fw-secret");
        assertThat(settings.origin()).isEqualTo("flyway-maven-plugin configuration in pom.xml");
    }

    @Test
    void readsTheLiquibasePluginsUsernameSpelling() throws Exception {
        MavenProject project = projectWithPlugin("org.liquibase", "liquibase-maven-plugin",
                Map.of("url", "jdbc:postgresql://db/lb", "username", "lb"));
        ConnectionSettings settings = new ConnectionResolver(project, null, null, Map.of()).resolve(NOTHING).orElseThrow();
        assertThat(settings.user()).isEqualTo("lb");
        assertThat(settings.origin()).startsWith("liquibase-maven-plugin");
    }

    @Test
    void explicitParametersWinOverEnvironmentWhichWinsOverToolConfiguration() throws Exception {
        MavenProject project = projectWithPlugin("org.flywaydb", "flyway-maven-plugin",
                Map.of("url", "jdbc:postgresql://db/app", "user", "flyway"));
        Map<String, String> environment = Map.of("STUDIO_URL", "jdbc:postgresql://env/app", "STUDIO_USER", "env-user",
                "STUDIO_PASSWORD", "env-secret");
        ConnectionResolver resolver = new ConnectionResolver(project, null, null, environment);

        Optional<ConnectionSettings> fromEnvironment = resolver.resolve(NOTHING);
        assertThat(fromEnvironment).get().extracting(ConnectionSettings::url, ConnectionSettings::user,
                ConnectionSettings::origin)
                .containsExactly("jdbc:postgresql://env/app", "env-user", "environment variable STUDIO_URL");

        ConnectionResolver.Explicit explicit = new ConnectionResolver.Explicit("jdbc:postgresql://cli/app", "cli", null,
                null, Duration.ofSeconds(10));
        assertThat(resolver.resolve(explicit)).get()
                .extracting(ConnectionSettings::url, ConnectionSettings::user, ConnectionSettings::password)
                .containsExactly("jdbc:postgresql://cli/app", "cli", "env-secret");
    }
}
