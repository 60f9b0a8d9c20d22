package dev.migrationstudio.core.workflow;

/** Decides at a checkpoint: a prompt in an interactive session, the {@code approve} setting in a batch one. */
@FunctionalInterface
public interface CheckpointGate {

    boolean approves(WorkflowStep.Checkpoint checkpoint, WorkflowRun run) throws Exception;
}
