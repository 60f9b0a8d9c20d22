package dev.migrationstudio.core.lint;

/**
 * What a rule reports before the engine turns it into a {@code Finding}: where (a statement, or the script as a
 * whole when {@code statement} is null), what, and the safe rewrite. {@code oncePerScript} keeps only the first
 * hit of the rule in a script (one missing {@code lock_timeout} is one problem, however many statements follow).
 */
public record Hit(LintStatement statement, String message, String safeRewrite, boolean oncePerScript) {

    public static Hit at(LintStatement statement, String message, String safeRewrite) {
        return new Hit(statement, message, safeRewrite, false);
    }

    /** A hit about the script as a whole: its fingerprint depends on the file and rule only. */
    public static Hit onScript(String message, String safeRewrite) {
        return new Hit(null, message, safeRewrite, false);
    }

    public static Hit firstIn(LintStatement statement, String message, String safeRewrite) {
        return new Hit(statement, message, safeRewrite, true);
    }
}
