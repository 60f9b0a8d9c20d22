package dev.migrationstudio.maven;

import dev.migrationstudio.core.artifact.ArtifactId;
import dev.migrationstudio.core.finding.Finding;
import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.gate.FailOn;
import dev.migrationstudio.core.lint.LintReport;
import dev.migrationstudio.core.report.format.TextFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Lints the migration history with no server (lock safety, data loss, transactions, RLS on new tables, type
 * hygiene) into {@code studio.migration.lint}. Reports only, unless {@code studio.failOn} is set: then findings of
 * that severity or worse fail the build. {@code release-check} runs the same lint and gates on it.
 */
@Mojo(name = "lint", threadSafe = true, requiresProject = true)
public class LintMojo extends AbstractLintMojo {

    @Inject
    public LintMojo(MavenProject project, MavenSession session, RepositorySystem repositorySystem,
                  SettingsDecrypter settingsDecrypter) {
        super(project, session, repositorySystem, settingsDecrypter);
    }

    @Override
    protected String goalName() {
        return "lint";
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        FailOn threshold = failOnSetting(FailOn.NONE);
        StaticHistory.Read history = analyzeHistory();
        LintReport report = lint(history);
        Path written = writeArtifact(ArtifactId.MIGRATION_LINT, report);
        ValidationOutput output = output();
        output.print(goalName(), findingsReportOf(lintRuleInfos(), scriptFiles(history.analysis()), report.findings()),
                List.of(headline(report), "Wrote " + relative(written)), report);
        List<Finding> blocking = report.findings().stream().filter(f -> threshold.blocks(f.severity())).toList();
        if (!blocking.isEmpty() && !output.isJson()) {
            throw new MojoFailureException("Lint: " + blocking.size() + " finding(s) at studio.failOn="
                    + threshold.id() + " or worse:\n" + blocking.stream().map(f -> "  " + TextFormat.oneLine(f))
                    .collect(Collectors.joining("\n"))
                    + "\nFix them (each finding's safe rewrite says how), suppress one with"
                    + " -- studio:ignore <rule> -- <reason>, or change studio.failOn.");
        }
    }

    private static String headline(LintReport report) {
        List<String> counts = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            counts.add(report.countsBySeverity().getOrDefault(severity, 0) + " "
                    + severity.name().toLowerCase(Locale.ROOT));
        }
        String skipped = report.scriptsSkipped() == 0 ? ""
                : ", " + report.scriptsSkipped() + " before the baseline not linted";
        return "Lint: " + report.findings().size() + " finding(s) (" + String.join(", ", counts) + ") in "
                + report.scriptsLinted() + " script(s), " + report.statementsLinted() + " statement(s)" + skipped;
    }
}
