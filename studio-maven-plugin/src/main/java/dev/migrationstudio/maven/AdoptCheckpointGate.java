package dev.migrationstudio.maven;

import dev.migrationstudio.core.workflow.CheckpointGate;
import dev.migrationstudio.core.workflow.WorkflowRun;
import dev.migrationstudio.core.workflow.WorkflowStep;
import java.util.List;
import java.util.function.Consumer;
import org.codehaus.plexus.components.interactivity.Prompter;
import org.codehaus.plexus.components.interactivity.PrompterException;

/**
 * adopt's checkpoints: an interactive session shows what to review and asks; a batch session approves only the
 * checkpoint named by {@code studio.approve} and otherwise pauses the run.
 */
final class AdoptCheckpointGate implements CheckpointGate {
    private final boolean interactive;
    private final String approve;
    private final Prompter prompter;
    private final CheckpointBriefing briefing;
    private final Consumer<String> out;

    /** What a person should look at before approving a checkpoint. */
    @FunctionalInterface
    interface CheckpointBriefing {
        List<String> lines(String checkpoint) throws Exception;
    }

    AdoptCheckpointGate(boolean interactive, String approve, Prompter prompter, CheckpointBriefing briefing,
                        Consumer<String> out) {
        this.interactive = interactive;
        this.approve = approve == null ? "" : approve.trim();
        this.prompter = prompter;
        this.briefing = briefing;
        this.out = out;
    }

    @Override
    public boolean approves(WorkflowStep.Checkpoint checkpoint, WorkflowRun run) throws Exception {
        if (approve.equals(checkpoint.name())) {
            out.accept("Checkpoint '" + checkpoint.name() + "' approved (studio.approve=" + approve + ")");
            return true;
        }
        briefing.lines(checkpoint.name()).forEach(out);
        if (!interactive) {
            return false;
        }
        try {
            String answer = prompter.prompt("Approve checkpoint '" + checkpoint.name() + "'?", List.of("yes", "no"),
                    "no");
            return "yes".equalsIgnoreCase(answer.trim());
        } catch (PrompterException e) {
            throw new IllegalStateException("Cannot ask at checkpoint '" + checkpoint.name() + "': " + e.getMessage()
                    + " (run with -B and -Dstudio.approve=" + checkpoint.name() + ")", e);
        }
    }
}
