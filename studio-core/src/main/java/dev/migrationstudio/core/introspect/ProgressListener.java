package dev.migrationstudio.core.introspect;

/**
 * Told when the introspector finishes a phase ({@code tables}, {@code columns}, {@code indexes}, ...).
 * {@code done} phases of {@code total} are finished; called once per phase, so it may print.
 */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (phase, done, total) -> { };

    void progress(String phase, int done, int total);
}
