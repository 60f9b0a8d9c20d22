package dev.migrationstudio.liquibase;

import dev.migrationstudio.core.source.MigrationSourceException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a project's Liquibase changelog lives and which changesets apply.
 *
 * @param changeLogFile the root changelog, as the project names it (relative to a search path root, like
 *                      liquibase-maven-plugin's {@code changeLogFile}); this path is part of each changeset's identity
 * @param baseDir       the project directory
 * @param contexts      runtime contexts ({@code test,dev}), or null for all; Liquibase semantics
 * @param labels        label filter expression ({@code v1 and !legacy}), or null for all; Liquibase semantics
 * @param searchPath    directories the changelog and its includes are looked up in; when empty: {@code baseDir}
 *                      and, if present, {@code baseDir/src/main/resources} (what the Maven plugin sees on its classpath)
 */
public record LiquibaseSettings(String changeLogFile, Path baseDir, String contexts, String labels, List<Path> searchPath) {

    /** The setting that names the changelog, for messages. */
    public static final String CHANGE_LOG_FILE = "changeLogFile";

    public LiquibaseSettings {
        if (changeLogFile == null || changeLogFile.isBlank()) {
            throw new IllegalArgumentException("Liquibase setting '" + CHANGE_LOG_FILE + "' is empty: name the root changelog"
                    + " (as in liquibase-maven-plugin's <changeLogFile>)");
        }
        Objects.requireNonNull(baseDir, "baseDir");
        changeLogFile = changeLogFile.trim();
        baseDir = baseDir.toAbsolutePath().normalize();
        contexts = blankToNull(contexts);
        labels = blankToNull(labels);
        searchPath = resolveSearchPath(baseDir, searchPath);
    }

    public LiquibaseSettings(String changeLogFile, Path baseDir, String contexts, String labels) {
        this(changeLogFile, baseDir, contexts, labels, List.of());
    }

    /**
     * Builds settings from what the Maven plugin read from the project's liquibase-maven-plugin configuration.
     * Keys: {@code changeLogFile} (required), {@code contexts}, {@code labelFilter} (or the older {@code labels}),
     * {@code searchPath} (comma separated, relative to {@code baseDir}).
     */
    public static LiquibaseSettings fromPluginConfiguration(Map<String, String> values, Path baseDir)
            throws MigrationSourceException {
        String changeLogFile = blankToNull(values.get(CHANGE_LOG_FILE));
        if (changeLogFile == null) {
            throw new MigrationSourceException("Liquibase setting '" + CHANGE_LOG_FILE + "' is not set: configure"
                    + " <changeLogFile> in liquibase-maven-plugin or pass -Dstudio." + CHANGE_LOG_FILE + "=<path>");
        }
        String labels = blankToNull(values.get("labelFilter"));
        if (labels == null) {
            labels = values.get("labels");
        }
        List<Path> searchPath = new ArrayList<>();
        String rawSearchPath = blankToNull(values.get("searchPath"));
        if (rawSearchPath != null) {
            Arrays.stream(rawSearchPath.split(","))
                    .map(String::trim)
                    .filter(entry -> !entry.isEmpty())
                    .forEach(entry -> searchPath.add(baseDir.resolve(entry)));
        }
        return new LiquibaseSettings(changeLogFile, baseDir, values.get("contexts"), labels, searchPath);
    }

    private static List<Path> resolveSearchPath(Path baseDir, List<Path> searchPath) {
        if (searchPath != null && !searchPath.isEmpty()) {
            return searchPath.stream().map(p -> baseDir.resolve(p).toAbsolutePath().normalize()).toList();
        }
        Path resources = baseDir.resolve("src/main/resources");
        return Files.isDirectory(resources) ? List.of(baseDir, resources) : List.of(baseDir);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
