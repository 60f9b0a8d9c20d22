package dev.migrationstudio.maven;

import dev.migrationstudio.core.artifact.ArtifactId;
import dev.migrationstudio.core.audit.HistoryAudits;
import dev.migrationstudio.core.audit.rls.RlsAuditResult;
import dev.migrationstudio.core.audit.rpc.RpcPlan;
import dev.migrationstudio.core.gate.GateEvidence;
import dev.migrationstudio.core.history.HistoryAnalysis;
import dev.migrationstudio.core.lint.LintReport;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * The CI check, with no server: reads the history once, lints it and runs the RLS and function audits (writing
 * their artifacts), then the release gate over them. Binds to {@code verify} when declared in an execution, and
 * fails the build listing each blocking finding as {@code file:line rule message}.
 */
@Mojo(name = "release-check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public class ReleaseCheckMojo extends AbstractLintMojo {

    @Inject
    public ReleaseCheckMojo(MavenProject project, MavenSession session, RepositorySystem repositorySystem,
                  SettingsDecrypter settingsDecrypter) {
        super(project, session, repositorySystem, settingsDecrypter);
    }

    @Override
    protected String goalName() {
        return "release-check";
    }

    /** Nothing here reads {@code studio.sql.ast} back: it is written while the history is linted and audited. */
    @Override
    protected boolean writesSqlAstInBackground() {
        return true;
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        StaticHistory.Read history = analyzeHistory();
        HistoryAnalysis analysis = history.analysis();
        PendingLint lint = lintInBackground(history);
        HistoryAudits audits = audits(analysis);
        RlsAuditResult rls = audits.rls();
        writeArtifact(ArtifactId.RLS_REPORT, rls.report());
        writeArtifact(ArtifactId.RLS_PLAN, rls.plan());
        RpcPlan rpc = audits.rpc();
        writeArtifact(ArtifactId.RPC_PLAN, rpc);
        LintReport report = lint.get();
        writeArtifact(ArtifactId.MIGRATION_LINT, report);
        List<GateEvidence> evidence = List.of(
                new GateEvidence(ArtifactId.MIGRATION_LINT, null, report.findings()),
                new GateEvidence(ArtifactId.RLS_REPORT, null, rls.report().findings()),
                new GateEvidence(ArtifactId.RPC_PLAN, null, rpc.findings()));
        conclude(evidence, scriptFiles(analysis));
    }
}
