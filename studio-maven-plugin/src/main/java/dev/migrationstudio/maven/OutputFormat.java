package dev.migrationstudio.maven;

import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;

/** How a goal reports: human text through Maven's log, or one JSON document on standard output. */
enum OutputFormat {
    TEXT, JSON;

    static OutputFormat parse(String value) throws MojoExecutionException {
        String normalized = value == null ? "text" : value.trim().toLowerCase(Locale.ROOT);
        return switch (normalized) {
            case "", "text" -> TEXT;
            case "json" -> JSON;
            default -> throw new MojoExecutionException("Unknown studio.format '" + value + "': use text or json");
        };
    }
}
