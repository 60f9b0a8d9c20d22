package dev.migrationstudio.core.report;

/** Where the engine tells the user what it is doing. The Maven plugin maps it to Maven's log. */
public interface StudioLog {
    void info(String message);

    void warn(String message);

    /** Progress of long work; implementations may throttle. */
    default void progress(String phase, int done, int total) {
        info(phase + ": " + done + "/" + total);
    }

    StudioLog SILENT = new StudioLog() {
        @Override
        public void info(String message) {
        }

        @Override
        public void warn(String message) {
        }

        @Override
        public void progress(String phase, int done, int total) {
        }
    };
}
