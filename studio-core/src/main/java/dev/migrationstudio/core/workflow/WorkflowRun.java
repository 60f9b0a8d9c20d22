package dev.migrationstudio.core.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code studio.workflow.run} artifact: a run of a workflow, saved after every step so the next invocation
 * can resume it.
 *
 * @param waitingAt the checkpoint the run waits at, when {@code status} is {@code waiting_checkpoint}
 * @param error     why the run failed, when it did
 */
public record WorkflowRun(
        String workflow,
        RunStatus status,
        Instant startedAt,
        Instant updatedAt,
        Instant finishedAt,
        String waitingAt,
        String error,
        List<StepResult> steps) {

    public WorkflowRun {
        steps = List.copyOf(steps);
    }

    public Optional<StepResult> step(String name) {
        return steps.stream().filter(step -> step.name().equals(name)).findFirst();
    }

    WorkflowRun with(StepResult result, RunStatus newStatus, Instant now) {
        List<StepResult> updated = new ArrayList<>(steps);
        updated.replaceAll(step -> step.name().equals(result.name()) ? result : step);
        boolean over = newStatus == RunStatus.COMPLETED || newStatus == RunStatus.FAILED;
        String waiting = newStatus == RunStatus.WAITING_CHECKPOINT ? result.name() : null;
        String failure = newStatus == RunStatus.FAILED ? result.error() : null;
        return new WorkflowRun(workflow, newStatus, startedAt, now, over ? now : null, waiting, failure, updated);
    }

    WorkflowRun resumed(Instant now) {
        return new WorkflowRun(workflow, RunStatus.RUNNING, startedAt, now, null, null, null, steps);
    }

    WorkflowRun completed(Instant now) {
        return new WorkflowRun(workflow, RunStatus.COMPLETED, startedAt, now, now, null, null, steps);
    }
}
