package dev.migrationstudio.core.workflow;

import java.util.Optional;

/** A step of a workflow: a task that does work, or a checkpoint where a person approves before the run goes on. */
public sealed interface WorkflowStep {
    String name();

    String kind();

    String artifact();

    SkipCondition skipWhen();

    /** The work of a task; returns a one-line summary. Any exception fails the step and stops the run. */
    @FunctionalInterface
    interface Action {
        String run() throws Exception;
    }

    /** Evaluated when the run reaches the step: a reason to skip it, or empty to run it. */
    @FunctionalInterface
    interface SkipCondition {
        SkipCondition NEVER = Optional::empty;

        Optional<String> reason() throws Exception;
    }

    record Task(String name, String artifact, SkipCondition skipWhen, Action action) implements WorkflowStep {
        @Override
        public String kind() {
            return "step";
        }
    }

    record Checkpoint(String name, SkipCondition skipWhen) implements WorkflowStep {
        @Override
        public String kind() {
            return "checkpoint";
        }

        @Override
        public String artifact() {
            return null;
        }
    }
}
