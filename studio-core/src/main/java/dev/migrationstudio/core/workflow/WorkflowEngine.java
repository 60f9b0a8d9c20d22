package dev.migrationstudio.core.workflow;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Runs a workflow step by step, saving the run after every change. Resuming a run passes every step already
 * completed, skipped or approved, and retries a failed one; a checkpoint that is not approved pauses the run.
 */
public final class WorkflowEngine {
    private final Clock clock;
    private final RunSaver saver;

    /** Where the run is kept between steps and invocations. */
    @FunctionalInterface
    public interface RunSaver {
        void save(WorkflowRun run) throws IOException;
    }

    public WorkflowEngine(Clock clock, RunSaver saver) {
        this.clock = clock;
        this.saver = saver;
    }

    /**
     * Runs (or resumes) {@code workflow}. {@code previous} is the saved run, if any; a completed run, or one of a
     * workflow whose steps have changed since, is not resumed: a new run starts.
     */
    public WorkflowRun run(String workflow, List<WorkflowStep> steps, Optional<WorkflowRun> previous,
                           CheckpointGate gate) throws IOException {
        WorkflowRun run = previous.filter(saved -> resumable(saved, workflow, steps))
                .map(saved -> saved.resumed(now()))
                .orElseGet(() -> fresh(workflow, steps));
        saver.save(run);
        for (WorkflowStep step : steps) {
            StepResult result = run.step(step.name()).orElseThrow();
            if (result.status().done()) {
                continue;
            }
            run = execute(step, result, run, gate);
            if (run.status() != RunStatus.RUNNING) {
                return run;
            }
        }
        run = run.completed(now());
        saver.save(run);
        return run;
    }

    private WorkflowRun execute(WorkflowStep step, StepResult result, WorkflowRun run, CheckpointGate gate)
            throws IOException {
        StepResult started = result.started(now());
        run = run.with(started, RunStatus.RUNNING, now());
        saver.save(run);
        try {
            Optional<String> skip = step.skipWhen().reason();
            if (skip.isPresent()) {
                return saved(run.with(started.finished(StepStatus.SKIPPED, now(), null, null, skip.get()),
                        RunStatus.RUNNING, now()));
            }
            if (step instanceof WorkflowStep.Task task) {
                String summary = task.action().run();
                return saved(run.with(started.finished(StepStatus.COMPLETED, now(), summary, null, null),
                        RunStatus.RUNNING, now()));
            }
            WorkflowStep.Checkpoint checkpoint = (WorkflowStep.Checkpoint) step;
            if (gate.approves(checkpoint, run)) {
                return saved(run.with(started.finished(StepStatus.APPROVED, now(), "approved", null, null),
                        RunStatus.RUNNING, now()));
            }
            return saved(run.with(started.finished(StepStatus.WAITING, now(), null, null, null),
                    RunStatus.WAITING_CHECKPOINT, now()));
        } catch (Exception e) {
            String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return saved(run.with(started.finished(StepStatus.FAILED, now(), null, error, null), RunStatus.FAILED,
                    now()));
        }
    }

    private WorkflowRun saved(WorkflowRun run) throws IOException {
        saver.save(run);
        return run;
    }

    private static boolean resumable(WorkflowRun saved, String workflow, List<WorkflowStep> steps) {
        return saved.workflow().equals(workflow) && saved.status() != RunStatus.COMPLETED
                && saved.steps().stream().map(StepResult::name).toList()
                .equals(steps.stream().map(WorkflowStep::name).toList());
    }

    private WorkflowRun fresh(String workflow, List<WorkflowStep> steps) {
        Instant now = now();
        return new WorkflowRun(workflow, RunStatus.RUNNING, now, now, null, null, null,
                steps.stream().map(StepResult::pending).toList());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
