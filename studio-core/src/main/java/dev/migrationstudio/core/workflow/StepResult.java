package dev.migrationstudio.core.workflow;

import java.time.Instant;

/**
 * One step of a run.
 *
 * @param kind       {@code step} or {@code checkpoint}
 * @param artifact   the artifact id the step produces, or null
 * @param summary    what it did, in one line
 * @param error      why it failed
 * @param skipReason why it was skipped
 */
public record StepResult(
        String name,
        String kind,
        StepStatus status,
        String artifact,
        Instant startedAt,
        Instant finishedAt,
        String summary,
        String error,
        String skipReason) {

    static StepResult pending(WorkflowStep step) {
        return new StepResult(step.name(), step.kind(), StepStatus.PENDING, step.artifact(), null, null, null, null,
                null);
    }

    StepResult started(Instant now) {
        return new StepResult(name, kind, StepStatus.RUNNING, artifact, now, null, null, null, null);
    }

    StepResult finished(StepStatus status, Instant now, String newSummary, String newError, String newSkipReason) {
        return new StepResult(name, kind, status, artifact, startedAt == null ? now : startedAt, now, newSummary,
                newError, newSkipReason);
    }
}
