package dev.migrationstudio.maven;

import dev.migrationstudio.core.artifact.ArtifactId;
import dev.migrationstudio.core.audit.HistoryAudits;
import dev.migrationstudio.core.audit.rls.RlsAuditResult;
import dev.migrationstudio.core.audit.rpc.RpcPlan;
import dev.migrationstudio.core.gate.GateEvidence;
import dev.migrationstudio.core.history.HistoryAnalysis;
import dev.migrationstudio.core.lint.LintReport;
import dev.migrationstudio.core.gate.FailOn;
import dev.migrationstudio.core.lint.LintConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
        LintConfig config = lintConfig(history);
        String settings = config.cacheKey() + "|" + auditSettings() + "|" + failOnSetting(FailOn.ERROR);
        Optional<ValidationResult> previous = previousResult(history, settings);
        if (previous.isPresent()) {
            // Same history, same settings, artifacts as written: the same findings and the same verdict.
            ValidationResult result = previous.get();
            Path gate = artifactStore().pathOf(ArtifactId.RELEASE_GATE);
            enforce(judge(result.gateEvidence(), history.digest().files(), Optional.of(gate)));
            return;
        }
        List<GateEvidence> evidence = check(history, config);
        Verdict verdict = judge(evidence, history.digest().files(), Optional.empty());
        keepResult(history, settings, ValidationResult.of(evidence, stamps(ArtifactId.MIGRATION_LINT,
                ArtifactId.RLS_REPORT, ArtifactId.RLS_PLAN, ArtifactId.RPC_PLAN, ArtifactId.RELEASE_GATE)));
        enforce(verdict);
    }

    private List<GateEvidence> check(StaticHistory.Read history, LintConfig config) throws MojoExecutionException {
        HistoryAnalysis analysis = history.analysis();
        PendingLint lint = lintInBackground(history, config);
        HistoryAudits audits = audits(analysis);
        RlsAuditResult rls = audits.rls();
        writeArtifact(ArtifactId.RLS_REPORT, rls.report());
        writeArtifact(ArtifactId.RLS_PLAN, rls.plan());
        RpcPlan rpc = audits.rpc();
        writeArtifact(ArtifactId.RPC_PLAN, rpc);
        LintReport report = lint.get();
        writeArtifact(ArtifactId.MIGRATION_LINT, report);
        return List.of(
                new GateEvidence(ArtifactId.MIGRATION_LINT, null, report.findings()),
                new GateEvidence(ArtifactId.RLS_REPORT, null, rls.report().findings()),
                new GateEvidence(ArtifactId.RPC_PLAN, null, rpc.findings()));
    }
}
