package dev.migrationstudio.core.finding;

/** How bad a finding is, most severe first (so the natural order sorts errors to the top). */
public enum Severity {
    ERROR, WARNING, INFO;

    /** Whether this severity is {@code threshold} or worse: {@code ERROR.isAtLeast(WARNING)} is true. */
    public boolean isAtLeast(Severity threshold) {
        return compareTo(threshold) <= 0;
    }
}
