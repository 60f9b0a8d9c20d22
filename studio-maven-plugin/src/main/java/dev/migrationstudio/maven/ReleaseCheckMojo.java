package dev.migrationstudio.maven;

import dev.migrationstudio.core.artifact.ArtifactId;
import dev.migrationstudio.core.audit.HistoryAudits;
import dev.migrationstudio.core.audit.rls.RlsAuditResult;
import dev.migrationstudio.core.audit.rpc.RpcPlan;
import dev.migrationstudio.core.gate.GateEvidence;
import dev.migrationstudio.core.gate.GateEvidenceReader;
import dev.migrationstudio.core.history.HistoryAnalysis;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.project.MavenProject;

/**
 * The CI check, with no server: reads the history once, runs the RLS and function audits (writing their artifacts),
 * then the release gate over them and the lint artifact. Binds to {@code verify} when declared in an execution, and
 * fails the build listing each blocking finding as {@code file:line rule message}.
 */
@Mojo(name = "release-check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public class ReleaseCheckMojo extends AbstractGateMojo {

    @Inject
    public ReleaseCheckMojo(MavenProject project, MavenSession session) {
        super(project, session);
    }

    @Override
    protected String goalName() {
        return "release-check";
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        HistoryAnalysis analysis = analyzeHistory();
        HistoryAudits audits = audits(analysis);
        List<GateEvidence> evidence = new ArrayList<>();
        lintEvidence(analysis).ifPresent(evidence::add);
        RlsAuditResult rls = audits.rls();
        writeArtifact(ArtifactId.RLS_REPORT, rls.report());
        writeArtifact(ArtifactId.RLS_PLAN, rls.plan());
        evidence.add(new GateEvidence(ArtifactId.RLS_REPORT, null, rls.report().findings()));
        RpcPlan rpc = audits.rpc();
        writeArtifact(ArtifactId.RPC_PLAN, rpc);
        evidence.add(new GateEvidence(ArtifactId.RPC_PLAN, null, rpc.findings()));
        conclude(evidence, scriptFiles(analysis));
    }

    /**
     * The lint evidence. The lint engine is not on this branch yet, so this reads the {@code studio.migration.lint}
     * artifact a {@code lint} run left, if any. Wiring point: run the linter over {@code analysis} here, write its
     * artifact, and return its findings.
     */
    private Optional<GateEvidence> lintEvidence(HistoryAnalysis analysis) throws MojoExecutionException {
        try {
            return new GateEvidenceReader(artifactStore()).read(ArtifactId.MIGRATION_LINT);
        } catch (IOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }
}
