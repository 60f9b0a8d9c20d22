package dev.migrationstudio.core.finding;

import java.io.Serializable;
import java.util.Comparator;

/**
 * One problem found by a lint rule or an audit. A finding about a model object carries its stable
 * {@code objectId} ({@code public.users}); a finding about a script carries {@code file}, {@code line} and
 * {@code column} (1-based) and may carry an {@code objectId} too. {@code safeRewrite} is SQL or advice text,
 * null when there is none. {@code fingerprint} identifies the finding across runs (see {@link FindingFingerprint}).
 */
public record Finding(
        String ruleId,
        Severity severity,
        String objectId,
        String file,
        Integer line,
        Integer column,
        String message,
        String safeRewrite,
        String fingerprint) implements Serializable {

    /** Errors first, then by file, line, object and rule, so reports list findings in a stable order. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::file, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::line, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::objectId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::fingerprint);

    public Finding {
        requireText(ruleId, "ruleId");
        requireText(message, "message");
        requireText(fingerprint, "fingerprint");
        if (severity == null) {
            throw new IllegalArgumentException("A finding needs a severity (rule " + ruleId + ")");
        }
        if (isBlank(objectId) && isBlank(file)) {
            throw new IllegalArgumentException("A finding needs an objectId or a file (rule " + ruleId + ")");
        }
        if ((line != null && line < 1) || (column != null && column < 1)) {
            throw new IllegalArgumentException("Line and column are 1-based (rule " + ruleId + ", line " + line
                    + ", column " + column + ")");
        }
    }

    /**
     * A finding about a model object. {@code subject} is what, besides the object, makes the finding unique (the
     * table a function reads, the command a policy covers); pass the object id itself when nothing else does.
     */
    public static Finding onObject(String ruleId, Severity severity, String objectId, String subject,
                                   String message, String safeRewrite) {
        return new Finding(ruleId, severity, objectId, null, null, null, message, safeRewrite,
                FindingFingerprint.of(ruleId, objectId, subject));
    }

    private static void requireText(String value, String name) {
        if (isBlank(value)) {
            throw new IllegalArgumentException("A finding needs a non-blank " + name);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
