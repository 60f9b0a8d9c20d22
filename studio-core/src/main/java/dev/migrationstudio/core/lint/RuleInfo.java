package dev.migrationstudio.core.lint;

import dev.migrationstudio.core.finding.Severity;
import java.util.regex.Pattern;

/**
 * What a lint rule is, beside its code: a kebab-case id, its default severity, a one-line summary, why the caught
 * SQL is dangerous, and the safe way to write it instead.
 */
public record RuleInfo(String id, Severity defaultSeverity, String summary, String why, String safeRewrite) {
    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public RuleInfo {
        if (id == null || !KEBAB.matcher(id).matches()) {
            throw new IllegalArgumentException("A lint rule id must be kebab-case: " + id);
        }
        if (defaultSeverity == null || isBlank(summary) || isBlank(why) || isBlank(safeRewrite)) {
            throw new IllegalArgumentException("Lint rule " + id + " needs a severity, summary, why and safe rewrite");
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
