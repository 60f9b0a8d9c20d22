package dev.migrationstudio.maven;

import dev.migrationstudio.core.json.Json;
import dev.migrationstudio.core.report.format.FindingsReport;
import dev.migrationstudio.core.report.format.GithubAnnotations;
import dev.migrationstudio.core.report.format.JUnitFormat;
import dev.migrationstudio.core.report.format.SarifFormat;
import dev.migrationstudio.core.report.format.TextFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/**
 * Prints what a validate goal found, in the chosen format. JSON: the goal's document on standard output and nothing
 * else (no annotations either, so {@code | jq} always works). Text, SARIF, JUnit: the text report through Maven's
 * log, plus for SARIF and JUnit a file under the reports directory, plus GitHub annotations in GitHub Actions.
 */
final class ValidationOutput {
    private final Log log;
    private final OutputFormat format;
    private final Path reportsDirectory;
    private final boolean githubActions;
    private final Function<Path, String> relative;

    ValidationOutput(Log log, OutputFormat format, Path reportsDirectory, boolean githubActions,
                     Function<Path, String> relative) {
        this.log = log;
        this.format = format;
        this.reportsDirectory = reportsDirectory;
        this.githubActions = githubActions;
        this.relative = relative;
    }

    boolean isJson() {
        return format == OutputFormat.JSON;
    }

    /**
     * @param goal     the goal's name, used for the report file names
     * @param headline what the text report starts with (counts, artifacts written)
     * @param document what JSON mode prints
     */
    void print(String goal, FindingsReport report, List<String> headline, Object document)
            throws MojoExecutionException {
        if (format == OutputFormat.JSON) {
            System.out.println(json(document));
            return;
        }
        headline.forEach(log::info);
        List<String> lines = TextFormat.render(report.findings());
        if (lines.isEmpty()) {
            log.info("No findings.");
        }
        lines.forEach(log::info);
        if (format == OutputFormat.SARIF) {
            writeReport("studio-" + goal + ".sarif", SarifFormat.render(report));
        } else if (format == OutputFormat.JUNIT) {
            writeReport("TEST-studio-" + goal + ".xml", JUnitFormat.render(report));
        }
        if (githubActions) {
            // Raw lines: the runner only reads workflow commands that start a line, without Maven's [INFO] prefix.
            GithubAnnotations.render(report.findings()).forEach(System.out::println);
        }
    }

    private void writeReport(String fileName, String content) throws MojoExecutionException {
        Path file = reportsDirectory.resolve(fileName);
        try {
            Files.createDirectories(reportsDirectory);
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write " + file + ": " + e.getMessage()
                    + " (check studio.reportsDirectory)", e);
        }
        log.info("Wrote " + format.name().toLowerCase(Locale.ROOT) + " report " + relative.apply(file));
    }

    static String json(Object document) throws MojoExecutionException {
        try {
            return Json.mapper().writeValueAsString(document);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot render JSON: " + e.getMessage(), e);
        }
    }
}
