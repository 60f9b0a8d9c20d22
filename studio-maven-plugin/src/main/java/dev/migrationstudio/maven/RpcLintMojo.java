package dev.migrationstudio.maven;

import dev.migrationstudio.core.artifact.ArtifactId;
import dev.migrationstudio.core.audit.rpc.RpcAudit;
import dev.migrationstudio.core.audit.rpc.RpcPlan;
import dev.migrationstudio.core.history.HistoryAnalysis;
import java.nio.file.Path;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Security audit of the functions the migrations declare, read with no server: writes {@code studio.rpc.plan}
 * (each routine's facts, the findings, the SQL that fixes what can be fixed). Reports only; {@code release-gate}
 * decides.
 */
@Mojo(name = "rpc-lint", threadSafe = true, requiresProject = true)
public class RpcLintMojo extends AbstractValidateMojo {

    @Inject
    public RpcLintMojo(MavenProject project, MavenSession session, RepositorySystem repositorySystem,
                  SettingsDecrypter settingsDecrypter) {
        super(project, session, repositorySystem, settingsDecrypter);
    }

    @Override
    protected String goalName() {
        return "rpc-lint";
    }

    @Override
    protected void run() throws MojoExecutionException {
        HistoryAnalysis analysis = analyzeHistory().analysis();
        RpcPlan plan = audits(analysis).rpc();
        Path written = writeArtifact(ArtifactId.RPC_PLAN, plan);
        output().print(goalName(), findingsReport(RpcAudit.ruleIds(), scriptFiles(analysis), plan.findings()),
                List.of("RPC lint: " + plan.routines().size() + " routine(s), " + plan.findings().size()
                        + " finding(s), " + plan.statements().size() + " fix statement(s)",
                        "Wrote " + relative(written)),
                plan);
    }
}
