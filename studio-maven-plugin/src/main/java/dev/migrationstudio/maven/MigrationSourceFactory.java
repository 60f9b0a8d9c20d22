package dev.migrationstudio.maven;

import dev.migrationstudio.core.scaffold.MigrationWriter;
import dev.migrationstudio.core.source.MigrationSource;
import dev.migrationstudio.core.source.MigrationSourceException;
import dev.migrationstudio.flyway.FlywayMigrationSource;
import dev.migrationstudio.flyway.FlywayMigrationWriter;
import dev.migrationstudio.flyway.FlywaySettings;
import dev.migrationstudio.liquibase.LiquibaseChangeLogWriter;
import dev.migrationstudio.liquibase.LiquibaseMigrationSource;
import dev.migrationstudio.liquibase.LiquibaseSettings;
import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;

/**
 * Picks the bridge for the project's migration tool and configures it from the tool's own Maven plugin
 * configuration, with our {@code studio.*} parameters on top.
 */
final class MigrationSourceFactory {
    private final MavenProject project;

    MigrationSourceFactory(MavenProject project) {
        this.project = project;
    }

    /** The goal's own history parameters; null means "as the tool's plugin configuration says". */
    record Request(String tool, List<String> locations, String changeLogFile, String contexts, String labels,
                   String encoding) {
    }

    MigrationSource create(Request request) throws MojoExecutionException {
        return pick(request, this::flyway, this::liquibase);
    }

    /** The writer for the same tool and settings as {@link #create}: scaffolds go where the history is. */
    MigrationWriter writer(Request request, String author) throws MojoExecutionException {
        return pick(request,
                r -> new FlywayMigrationWriter(((FlywayMigrationSource) flyway(r)).settings()),
                (r, c) -> new LiquibaseChangeLogWriter(((LiquibaseMigrationSource) liquibase(r, c)).settings(), author));
    }

    private interface ForTool<T> {
        T apply(Request request) throws MigrationSourceException, MojoExecutionException;
    }

    private interface ForLiquibase<T> {
        T apply(Request request, Optional<ToolPluginConfiguration> configuration) throws MigrationSourceException;
    }

    private <T> T pick(Request request, ForTool<T> flyway, ForLiquibase<T> liquibaseFactory)
            throws MojoExecutionException {
        Optional<ToolPluginConfiguration> liquibase =
                ToolPluginConfiguration.of(project, ToolPluginConfiguration.LIQUIBASE);
        String tool = request.tool() == null ? "auto" : request.tool().trim().toLowerCase(Locale.ROOT);
        boolean useLiquibase = switch (tool) {
            case "liquibase" -> true;
            case "flyway" -> false;
            case "auto", "" -> request.changeLogFile() != null
                    || liquibase.flatMap(c -> c.first("changeLogFile")).isPresent();
            default -> throw new MojoExecutionException("Unknown studio.tool '" + request.tool()
                    + "': use flyway, liquibase or auto");
        };
        try {
            return useLiquibase ? liquibaseFactory.apply(request, liquibase) : flyway.apply(request);
        } catch (MigrationSourceException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    private MigrationSource flyway(Request request) throws MigrationSourceException, MojoExecutionException {
        Map<String, List<String>> values = new LinkedHashMap<>(ToolPluginConfiguration
                .of(project, ToolPluginConfiguration.FLYWAY).map(ToolPluginConfiguration::values).orElse(Map.of()));
        if (request.locations() != null && !request.locations().isEmpty()) {
            values.put("locations", request.locations());
        }
        if (request.encoding() != null && !values.containsKey("encoding")) {
            values.put("encoding", List.of(charset(request.encoding()).name()));
        }
        return new FlywayMigrationSource(FlywaySettings.fromPluginConfiguration(values, basedir(), classpathRoots()));
    }

    private MigrationSource liquibase(Request request, Optional<ToolPluginConfiguration> pluginConfiguration)
            throws MigrationSourceException {
        Map<String, String> values = new LinkedHashMap<>(
                pluginConfiguration.map(ToolPluginConfiguration::singleValues).orElse(Map.of()));
        putIfPresent(values, "changeLogFile", request.changeLogFile());
        putIfPresent(values, "contexts", request.contexts());
        putIfPresent(values, "labels", request.labels());
        return new LiquibaseMigrationSource(LiquibaseSettings.fromPluginConfiguration(values, basedir()));
    }

    private static void putIfPresent(Map<String, String> values, String key, String value) {
        if (value != null && !value.isBlank()) {
            values.put(key, value);
        }
    }

    private Path basedir() {
        return project.getBasedir().toPath();
    }

    /** Where {@code classpath:} locations are found: resource directories first, then the output directory. */
    private List<Path> classpathRoots() {
        List<Path> roots = new ArrayList<>();
        for (Resource resource : project.getResources()) {
            roots.add(basedir().resolve(resource.getDirectory()));
        }
        if (project.getBuild() != null && project.getBuild().getOutputDirectory() != null) {
            roots.add(new File(project.getBuild().getOutputDirectory()).toPath());
        }
        return roots;
    }

    private static Charset charset(String name) throws MojoExecutionException {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new MojoExecutionException("Unknown encoding '" + name + "': fix studio.encoding");
        }
    }
}
