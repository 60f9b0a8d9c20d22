package dev.migrationstudio.core.gate;

import dev.migrationstudio.core.finding.Severity;
import java.util.Locale;
import java.util.Optional;

/** Which findings block a release: errors (the default), warnings and errors, or none (report only). */
public enum FailOn {
    ERROR, WARNING, NONE;

    public static FailOn parse(String value) {
        String normalized = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return switch (normalized) {
            case "", "error" -> ERROR;
            case "warning" -> WARNING;
            case "none" -> NONE;
            default -> throw new IllegalArgumentException("Unknown failOn '" + value + "': use error, warning or none");
        };
    }

    /** The least severe finding that blocks, or empty when nothing does. */
    public Optional<Severity> threshold() {
        return switch (this) {
            case ERROR -> Optional.of(Severity.ERROR);
            case WARNING -> Optional.of(Severity.WARNING);
            case NONE -> Optional.empty();
        };
    }

    public boolean blocks(Severity severity) {
        return threshold().map(severity::isAtLeast).orElse(false);
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
