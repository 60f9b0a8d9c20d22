package dev.migrationstudio.flyway;

import dev.migrationstudio.core.source.MigrationSourceException;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The Flyway settings that decide which files form the migration history, with Flyway 11's defaults.
 *
 * @param locations               Flyway locations ({@code classpath:db/migration}, {@code filesystem:sql})
 * @param sqlMigrationPrefix      versioned prefix, {@code V}
 * @param repeatableSqlMigrationPrefix repeatable prefix, {@code R}
 * @param undoSqlMigrationPrefix  undo prefix, {@code U}
 * @param baselineMigrationPrefix baseline migration prefix, {@code B}
 * @param sqlMigrationSeparator   between version and description, {@code __}
 * @param sqlMigrationSuffixes    file suffixes, {@code .sql}; matched ignoring case as Flyway does
 * @param encoding                script encoding, UTF-8
 * @param validateMigrationNaming when true, a badly named script is an error; when false (Flyway's default) it is
 *                                reported as a warning (Flyway itself ignores it silently)
 * @param baseDir                 project base directory; {@code filesystem:} locations are relative to it
 * @param classpathRoots          directories {@code classpath:} locations are looked up in, first match wins
 *                                (the project's resource directories, then its output directory)
 */
public record FlywaySettings(
        List<String> locations,
        String sqlMigrationPrefix,
        String repeatableSqlMigrationPrefix,
        String undoSqlMigrationPrefix,
        String baselineMigrationPrefix,
        String sqlMigrationSeparator,
        List<String> sqlMigrationSuffixes,
        Charset encoding,
        boolean validateMigrationNaming,
        Path baseDir,
        List<Path> classpathRoots) {

    public static final String DEFAULT_LOCATION = "classpath:db/migration";

    public FlywaySettings {
        locations = List.copyOf(locations);
        sqlMigrationSuffixes = List.copyOf(sqlMigrationSuffixes);
        classpathRoots = List.copyOf(classpathRoots);
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(baseDir, "baseDir");
        requireText("sqlMigrationPrefix", sqlMigrationPrefix);
        requireText("repeatableSqlMigrationPrefix", repeatableSqlMigrationPrefix);
        requireText("undoSqlMigrationPrefix", undoSqlMigrationPrefix);
        requireText("baselineMigrationPrefix", baselineMigrationPrefix);
        requireText("sqlMigrationSeparator", sqlMigrationSeparator);
        if (locations.isEmpty()) {
            throw new IllegalArgumentException("Flyway setting 'locations' is empty: give at least one location");
        }
        if (sqlMigrationSuffixes.isEmpty()) {
            throw new IllegalArgumentException("Flyway setting 'sqlMigrationSuffixes' is empty: give at least one suffix such as .sql");
        }
        sqlMigrationSuffixes.forEach(suffix -> requireText("sqlMigrationSuffixes", suffix));
    }

    /** Flyway's defaults, for a project at {@code baseDir}. */
    public static FlywaySettings defaults(Path baseDir, List<Path> classpathRoots) {
        return new FlywaySettings(List.of(DEFAULT_LOCATION), "V", "R", "U", "B", "__", List.of(".sql"),
                StandardCharsets.UTF_8, false, baseDir, classpathRoots);
    }

    /**
     * Settings from the values of a {@code flyway-maven-plugin} {@code <configuration>}. Keys are the plugin's
     * parameter names ({@code locations}, {@code sqlMigrationPrefix}, ...), optionally prefixed with {@code flyway.}
     * as in the plugin's properties. A single value may hold a comma-separated list, as Flyway allows. Keys this
     * reader does not need ({@code url}, {@code user}, ...) are ignored; missing keys take Flyway's defaults.
     *
     * @throws MigrationSourceException when a value is unusable; the message names the setting
     */
    public static FlywaySettings fromPluginConfiguration(
            Map<String, List<String>> values, Path baseDir, List<Path> classpathRoots) throws MigrationSourceException {
        FlywaySettings defaults = defaults(baseDir, classpathRoots);
        PluginValues plugin = new PluginValues(values);
        try {
            return new FlywaySettings(
                    plugin.list("locations", defaults.locations()),
                    plugin.single("sqlMigrationPrefix", defaults.sqlMigrationPrefix()),
                    plugin.single("repeatableSqlMigrationPrefix", defaults.repeatableSqlMigrationPrefix()),
                    plugin.single("undoSqlMigrationPrefix", defaults.undoSqlMigrationPrefix()),
                    plugin.single("baselineMigrationPrefix", defaults.baselineMigrationPrefix()),
                    plugin.single("sqlMigrationSeparator", defaults.sqlMigrationSeparator()),
                    plugin.list("sqlMigrationSuffixes", defaults.sqlMigrationSuffixes()),
                    charset(plugin.single("encoding", defaults.encoding().name())),
                    plugin.bool("validateMigrationNaming", defaults.validateMigrationNaming()),
                    baseDir, classpathRoots);
        } catch (IllegalArgumentException e) {
            throw new MigrationSourceException(e.getMessage(), e);
        }
    }

    /** The same settings with other locations. */
    public FlywaySettings withLocations(List<String> newLocations) {
        return new FlywaySettings(newLocations, sqlMigrationPrefix, repeatableSqlMigrationPrefix, undoSqlMigrationPrefix,
                baselineMigrationPrefix, sqlMigrationSeparator, sqlMigrationSuffixes, encoding, validateMigrationNaming,
                baseDir, classpathRoots);
    }

    /** The same settings with other naming: prefixes for V, R and U scripts, the separator and the suffixes. */
    public FlywaySettings withNaming(String versioned, String repeatable, String undo, String separator, List<String> suffixes) {
        return new FlywaySettings(locations, versioned, repeatable, undo, baselineMigrationPrefix, separator, suffixes,
                encoding, validateMigrationNaming, baseDir, classpathRoots);
    }

    /** The same settings with another script encoding. */
    public FlywaySettings withEncoding(Charset newEncoding) {
        return new FlywaySettings(locations, sqlMigrationPrefix, repeatableSqlMigrationPrefix, undoSqlMigrationPrefix,
                baselineMigrationPrefix, sqlMigrationSeparator, sqlMigrationSuffixes, newEncoding, validateMigrationNaming,
                baseDir, classpathRoots);
    }

    /** The same settings with {@code validateMigrationNaming} set. */
    public FlywaySettings withValidateMigrationNaming(boolean validate) {
        return new FlywaySettings(locations, sqlMigrationPrefix, repeatableSqlMigrationPrefix, undoSqlMigrationPrefix,
                baselineMigrationPrefix, sqlMigrationSeparator, sqlMigrationSuffixes, encoding, validate,
                baseDir, classpathRoots);
    }

    static Charset charset(String name) {
        try {
            return Charset.forName(name.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("Flyway setting 'encoding' names an unknown charset: '" + name
                    + "'; use a Java charset name such as UTF-8");
        }
    }

    private static void requireText(String setting, String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("Flyway setting '" + setting + "' is empty");
        }
    }

    /** Reads plugin configuration values by name, accepting {@code name} and {@code flyway.name}. */
    private record PluginValues(Map<String, List<String>> values) {

        List<String> raw(String key) {
            List<String> value = values.get(key);
            return value != null ? value : values.get("flyway." + key);
        }

        String single(String key, String fallback) {
            List<String> value = raw(key);
            if (value == null || value.isEmpty()) {
                return fallback;
            }
            if (value.size() > 1) {
                throw new IllegalArgumentException("Flyway setting '" + key + "' takes one value, got " + value);
            }
            return value.get(0).trim();
        }

        List<String> list(String key, List<String> fallback) {
            List<String> value = raw(key);
            if (value == null) {
                return fallback;
            }
            List<String> items = new ArrayList<>();
            for (String entry : value) {
                for (String item : entry.split(",")) {
                    if (!item.isBlank()) {
                        items.add(item.trim());
                    }
                }
            }
            return items.isEmpty() ? fallback : items;
        }

        boolean bool(String key, boolean fallback) {
            String value = single(key, Boolean.toString(fallback)).toLowerCase(Locale.ROOT);
            return switch (value) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new IllegalArgumentException(
                        "Flyway setting '" + key + "' must be true or false, got '" + value + "'");
            };
        }
    }
}
