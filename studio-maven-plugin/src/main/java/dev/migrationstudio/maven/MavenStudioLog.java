package dev.migrationstudio.maven;

import dev.migrationstudio.core.report.StudioLog;
import org.apache.maven.plugin.logging.Log;

/**
 * Engine messages to Maven's log. In JSON mode info goes to debug, so that with {@code -q} standard output holds
 * only the JSON document.
 */
final class MavenStudioLog implements StudioLog {
    private static final long PROGRESS_INTERVAL_NANOS = 2_000_000_000L;

    private final Log log;
    private final boolean quiet;
    private String currentPhase = "";
    private long lastProgress;
    private boolean printedForPhase;

    MavenStudioLog(Log log, boolean quiet) {
        this.log = log;
        this.quiet = quiet;
    }

    @Override
    public void info(String message) {
        if (quiet) {
            log.debug(message);
        } else {
            log.info(message);
        }
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }

    /**
     * Quick work prints nothing; work that takes longer than the interval prints a line every interval and a
     * closing line, so a thousand-file replay shows that it is moving.
     */
    @Override
    public void progress(String phase, int done, int total) {
        long now = System.nanoTime();
        if (!phase.equals(currentPhase)) {
            currentPhase = phase;
            lastProgress = now;
            printedForPhase = false;
        }
        boolean due = now - lastProgress >= PROGRESS_INTERVAL_NANOS;
        if (due || (done == total && printedForPhase)) {
            lastProgress = now;
            printedForPhase = true;
            info("  " + phase + ": " + done + "/" + total);
        }
    }
}
