package dev.migrationstudio.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkflowEngineTest {
    private final List<String> ran = new ArrayList<>();
    private final List<WorkflowRun> saved = new ArrayList<>();
    private final WorkflowEngine engine = new WorkflowEngine(Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"),
            ZoneOffset.UTC), saved::add);
    private boolean failSecond = false;
    private Optional<String> skipThird = Optional.empty();

    private List<WorkflowStep> steps() {
        return List.of(
                new WorkflowStep.Task("first", "a.first", WorkflowStep.SkipCondition.NEVER, () -> record("first")),
                new WorkflowStep.Task("second", null, WorkflowStep.SkipCondition.NEVER, () -> {
                    if (failSecond) {
                        throw new IllegalStateException("second broke");
                    }
                    return record("second");
                }),
                new WorkflowStep.Checkpoint("review", WorkflowStep.SkipCondition.NEVER),
                new WorkflowStep.Task("third", null, () -> skipThird, () -> record("third")));
    }

    private String record(String name) {
        ran.add(name);
        return name + " done";
    }

    private WorkflowRun run(Optional<WorkflowRun> previous, Set<String> approved) throws Exception {
        return engine.run("demo", steps(), previous, (checkpoint, run) -> approved.contains(checkpoint.name()));
    }

    @Test
    void pausesAtAnUnapprovedCheckpointAndResumesWithoutRedoingSteps() throws Exception {
        WorkflowRun paused = run(Optional.empty(), Set.of());
        assertThat(paused.status()).isEqualTo(RunStatus.WAITING_CHECKPOINT);
        assertThat(paused.waitingAt()).isEqualTo("review");
        assertThat(paused.step("first").orElseThrow().summary()).isEqualTo("first done");
        assertThat(paused.step("first").orElseThrow().artifact()).isEqualTo("a.first");
        assertThat(paused.step("review").orElseThrow().status()).isEqualTo(StepStatus.WAITING);
        assertThat(paused.step("third").orElseThrow().status()).isEqualTo(StepStatus.PENDING);
        assertThat(ran).containsExactly("first", "second");
        assertThat(saved.get(saved.size() - 1)).isEqualTo(paused);

        WorkflowRun stillPaused = run(Optional.of(paused), Set.of());
        assertThat(stillPaused.status()).isEqualTo(RunStatus.WAITING_CHECKPOINT);
        assertThat(ran).containsExactly("first", "second");

        WorkflowRun done = run(Optional.of(stillPaused), Set.of("review"));
        assertThat(done.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(done.finishedAt()).isNotNull();
        assertThat(done.waitingAt()).isNull();
        assertThat(done.step("review").orElseThrow().status()).isEqualTo(StepStatus.APPROVED);
        assertThat(ran).containsExactly("first", "second", "third");
    }

    @Test
    void aFailingStepStopsTheRunAndIsRetriedOnResume() throws Exception {
        failSecond = true;
        WorkflowRun failed = run(Optional.empty(), Set.of("review"));
        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        assertThat(failed.error()).isEqualTo("second broke");
        StepResult second = failed.step("second").orElseThrow();
        assertThat(second.status()).isEqualTo(StepStatus.FAILED);
        assertThat(second.error()).isEqualTo("second broke");
        assertThat(second.startedAt()).isNotNull();
        assertThat(second.finishedAt()).isNotNull();
        assertThat(failed.step("third").orElseThrow().status()).isEqualTo(StepStatus.PENDING);

        failSecond = false;
        WorkflowRun done = run(Optional.of(failed), Set.of("review"));
        assertThat(done.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(done.error()).isNull();
        assertThat(ran).containsExactly("first", "second", "third");
    }

    @Test
    void aStepIsSkippedWhenItsConditionGivesAReason() throws Exception {
        skipThird = Optional.of("nothing to do");
        WorkflowRun done = run(Optional.empty(), Set.of("review"));
        assertThat(done.status()).isEqualTo(RunStatus.COMPLETED);
        StepResult third = done.step("third").orElseThrow();
        assertThat(third.status()).isEqualTo(StepStatus.SKIPPED);
        assertThat(third.skipReason()).isEqualTo("nothing to do");
        assertThat(ran).containsExactly("first", "second");
    }

    @Test
    void aCompletedRunIsNotResumedButStartedAgain() throws Exception {
        WorkflowRun done = run(Optional.empty(), Set.of("review"));
        WorkflowRun again = run(Optional.of(done), Set.of("review"));
        assertThat(again.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(ran).containsExactly("first", "second", "third", "first", "second", "third");
    }
}
