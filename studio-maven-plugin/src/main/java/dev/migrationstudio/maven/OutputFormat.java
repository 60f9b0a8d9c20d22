package dev.migrationstudio.maven;

import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * How a goal reports: human text through Maven's log, or one JSON document on standard output. Validate goals also
 * take {@code sarif} and {@code junit}: the text report plus a SARIF 2.1.0 or JUnit XML file.
 */
enum OutputFormat {
    TEXT, JSON, SARIF, JUNIT;

    static OutputFormat parse(String value) throws MojoExecutionException {
        String normalized = value == null ? "text" : value.trim().toLowerCase(Locale.ROOT);
        return switch (normalized) {
            case "", "text" -> TEXT;
            case "json" -> JSON;
            case "sarif" -> SARIF;
            case "junit" -> JUNIT;
            default -> throw new MojoExecutionException("Unknown studio.format '" + value
                    + "': use text, json, sarif or junit");
        };
    }
}
