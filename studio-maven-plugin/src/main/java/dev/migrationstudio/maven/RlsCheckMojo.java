package dev.migrationstudio.maven;

import dev.migrationstudio.core.artifact.ArtifactId;
import dev.migrationstudio.core.audit.rls.RlsAudit;
import dev.migrationstudio.core.audit.rls.RlsAuditResult;
import dev.migrationstudio.core.history.HistoryAnalysis;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Row-level-security coverage of the schema the migrations declare, read with no server: writes
 * {@code studio.rls.report} (every table, every finding) and {@code studio.rls.plan} (the policies that would close
 * the gaps). Reports only; {@code release-gate} decides.
 */
@Mojo(name = "rls-check", threadSafe = true, requiresProject = true)
public class RlsCheckMojo extends AbstractValidateMojo {

    @Inject
    public RlsCheckMojo(MavenProject project, MavenSession session, RepositorySystem repositorySystem,
                  SettingsDecrypter settingsDecrypter) {
        super(project, session, repositorySystem, settingsDecrypter);
    }

    @Override
    protected String goalName() {
        return "rls-check";
    }

    @Override
    protected void run() throws MojoExecutionException {
        HistoryAnalysis analysis = analyzeHistory().analysis();
        RlsAuditResult result = audits(analysis).rls();
        Path report = writeArtifact(ArtifactId.RLS_REPORT, result.report());
        Path plan = writeArtifact(ArtifactId.RLS_PLAN, result.plan());
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("report", result.report());
        document.put("plan", result.plan());
        output().print(goalName(),
                findingsReport(RlsAudit.ruleIds(), scriptFiles(analysis), result.report().findings()),
                List.of("RLS check: " + result.report().tables().size() + " table(s), "
                                + result.report().findings().size() + " finding(s), "
                                + result.plan().proposals().size() + " proposed statement(s)",
                        "Wrote " + relative(report) + " and " + relative(plan)),
                document);
    }
}
