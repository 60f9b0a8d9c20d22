package dev.migrationstudio.maven;

import dev.migrationstudio.core.artifact.ArtifactEnvelope;
import dev.migrationstudio.core.artifact.ArtifactId;
import dev.migrationstudio.core.artifact.ArtifactStore;
import dev.migrationstudio.core.connect.DatabaseUnavailableException;
import dev.migrationstudio.core.intent.ManagedStatus;
import dev.migrationstudio.core.intent.OpaqueBlocks;
import dev.migrationstudio.core.intent.SyncReport;
import dev.migrationstudio.core.introspect.SnapshotService;
import dev.migrationstudio.core.source.MigrationSourceException;
import dev.migrationstudio.core.sqlast.SqlAst;
import dev.migrationstudio.core.sqlast.SqlAstFile;
import dev.migrationstudio.core.workflow.RunStatus;
import dev.migrationstudio.core.workflow.StepResult;
import dev.migrationstudio.core.workflow.WorkflowEngine;
import dev.migrationstudio.core.workflow.WorkflowRun;
import dev.migrationstudio.core.workflow.WorkflowStep;
import dev.migrationstudio.core.workflow.WorkflowStep.Checkpoint;
import dev.migrationstudio.core.workflow.WorkflowStep.SkipCondition;
import dev.migrationstudio.core.workflow.WorkflowStep.Task;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.codehaus.plexus.components.interactivity.Prompter;
import org.eclipse.aether.RepositorySystem;

/**
 * Adopts an existing project, as a resumable workflow: introspect, sql-parse, (review), intent-sync, (approve),
 * intent-init. A batch session pauses at each checkpoint and says how to continue.
 */
@Mojo(name = "adopt", threadSafe = true, requiresProject = true)
public class AdoptMojo extends AbstractDatabaseMojo {
    static final String WORKFLOW = "adopt";
    static final String REVIEW = "review";
    static final String APPROVE = "approve";

    private final Prompter prompter;

    /** The checkpoint to approve in this run: {@code review}, then {@code approve}. */
    @Parameter(property = "studio.approve")
    private String approve;

    /** Starts the workflow over, dropping the saved run. */
    @Parameter(property = "studio.restart", defaultValue = "false")
    private boolean restart;

    /** Schemas or object ids to leave out of management ({@code audit}, {@code public.legacy_users}). */
    @Parameter(property = "studio.exclude")
    private List<String> exclude;

    @Inject
    public AdoptMojo(MavenProject project, MavenSession session, RepositorySystem repositorySystem,
                     SettingsDecrypter settingsDecrypter, Prompter prompter) {
        super(project, session, repositorySystem, settingsDecrypter);
        this.prompter = prompter;
    }

    @Override
    protected String goalName() {
        return "adopt";
    }

    @Override
    protected void run() throws MojoExecutionException {
        ArtifactStore store = artifactStore();
        Optional<WorkflowRun> previous = restart ? Optional.empty() : savedRun(store);
        if (previous.isPresent() && previous.get().status() == RunStatus.COMPLETED) {
            getLog().info("adopt completed at " + previous.get().finishedAt() + "; the intent graph is "
                    + relative(store.pathOf(ArtifactId.INTENT_GRAPH)) + ". Run mvn studio:adopt -Dstudio.restart=true"
                    + " to start over.");
            return;
        }
        IntentSteps intent = new IntentSteps(store);
        AdoptCheckpointGate gate = new AdoptCheckpointGate(session.getRequest().isInteractiveMode(), approve,
                prompter, checkpoint -> briefing(checkpoint, store, intent), getLog()::info);
        WorkflowRun run;
        try {
            run = new WorkflowEngine(Clock.systemUTC(), saved -> store.write(ArtifactId.WORKFLOW_RUN, saved))
                    .run(WORKFLOW, steps(store, intent), previous, gate);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot save the workflow run to " + store.pathOf(ArtifactId.WORKFLOW_RUN)
                    + ": " + e.getMessage() + " (check studio.artifactsDirectory)", e);
        }
        report(run, store);
    }

    private List<WorkflowStep> steps(ArtifactStore store, IntentSteps intent) {
        return List.of(
                new Task("introspect", ArtifactId.SCHEMA_SNAPSHOT.id(), SkipCondition.NEVER, () -> introspect(store)),
                new Task("sql-parse", ArtifactId.SQL_AST.id(), SkipCondition.NEVER, () -> sqlParse()),
                new Checkpoint(REVIEW, SkipCondition.NEVER),
                new Task("intent-sync", ArtifactId.INTENT_SYNC_REPORT.id(), SkipCondition.NEVER,
                        () -> ConfidenceTable.summary(intent.sync(readHistory(), exclude))),
                new Checkpoint(APPROVE, () -> nothingToApprove(intent.syncReport())),
                new Task("intent-init", ArtifactId.INTENT_GRAPH.id(), SkipCondition.NEVER,
                        () -> IntentInitMojo.describe(intent.init(readHistory(), this::relative))));
    }

    private String introspect(ArtifactStore store) throws MojoExecutionException {
        try {
            SnapshotService.Outcome outcome = new SnapshotService(studioLog(), Clock.systemUTC())
                    .capture(databaseTarget(), schemaFilter(), statementTimeout());
            IntentArtifacts.write(store, ArtifactId.SCHEMA_SNAPSHOT, outcome.snapshot());
            return outcome.snapshot().model().tables().size() + " tables read from " + outcome.snapshot().source();
        } catch (DatabaseUnavailableException | MigrationSourceException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /** Opaque here as the intent graph counts it: statements not understood, and DO blocks. */
    private String sqlParse() throws MojoExecutionException {
        StaticHistory.Read history = readHistory();
        return history.ast().files().size() + " scripts, " + history.ast().statementCount() + " statements, "
                + OpaqueBlocks.of(history.analysis(), this::relative).size() + " opaque";
    }

    /** The approve checkpoint has nothing to ask when every object matched at a managed score without drift. */
    private static Optional<String> nothingToApprove(SyncReport report) {
        boolean clean = report.all().allMatch(match -> match.driftDetails().isEmpty()
                && ManagedStatus.fromConfidence(match.confidence()) == ManagedStatus.MANAGED);
        return clean ? Optional.of("nothing to approve: every object matched without drift") : Optional.empty();
    }

    private List<String> briefing(String checkpoint, ArtifactStore store, IntentSteps intent)
            throws MojoExecutionException {
        if (APPROVE.equals(checkpoint)) {
            List<String> lines = new ArrayList<>(ConfidenceTable.lines(intent.syncReport()));
            lines.add("Review " + relative(store.pathOf(ArtifactId.INTENT_SYNC_REPORT)));
            return lines;
        }
        SqlAst ast = IntentArtifacts.require(store, ArtifactId.SQL_AST, SqlAst.class, "studio:adopt (sql-parse step)");
        int opaque = ast.files().stream().mapToInt(SqlAstFile::opaqueBlockCount).sum();
        return List.of("The history (" + ast.tool() + ", " + ast.files().size() + " scripts) declares "
                        + ast.allEntities().size() + " tables; " + opaque + " statements could not be parsed.",
                "Review " + relative(store.pathOf(ArtifactId.SCHEMA_SNAPSHOT)) + " and "
                        + relative(store.pathOf(ArtifactId.SQL_AST)));
    }

    private void report(WorkflowRun run, ArtifactStore store) throws MojoExecutionException {
        for (StepResult step : run.steps()) {
            getLog().info(String.format("  %-12s %-9s %s", step.name(), step.status().json(), detail(step)));
        }
        switch (run.status()) {
            case WAITING_CHECKPOINT -> getLog().info("adopt paused at checkpoint '" + run.waitingAt()
                    + "'. When the review is done, continue with: mvn studio:adopt -Dstudio.approve="
                    + run.waitingAt());
            case COMPLETED -> getLog().info("adopt completed: "
                    + IntentInitMojo.describe(new IntentSteps(store).graph()));
            case FAILED -> throw new MojoExecutionException("adopt failed at step '" + failedStep(run) + "': "
                    + run.error() + ". Fix it and run mvn studio:adopt again: finished steps are not redone.");
            default -> throw new IllegalStateException("run left " + run.status());
        }
    }

    private static String detail(StepResult step) {
        if (step.error() != null) {
            return step.error();
        }
        if (step.skipReason() != null) {
            return step.skipReason();
        }
        return step.summary() == null ? "" : step.summary();
    }

    private static String failedStep(WorkflowRun run) {
        return run.steps().stream().filter(step -> step.error() != null).map(StepResult::name).findFirst()
                .orElse("?");
    }

    private static Optional<WorkflowRun> savedRun(ArtifactStore store) throws MojoExecutionException {
        try {
            return store.read(ArtifactId.WORKFLOW_RUN, WorkflowRun.class).map(ArtifactEnvelope::data);
        } catch (IOException e) {
            throw new MojoExecutionException(e.getMessage() + " or run with -Dstudio.restart=true", e);
        }
    }
}
