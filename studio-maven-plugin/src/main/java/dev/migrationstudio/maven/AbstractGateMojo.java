package dev.migrationstudio.maven;

import dev.migrationstudio.core.artifact.ArtifactId;
import dev.migrationstudio.core.finding.Finding;
import dev.migrationstudio.core.gate.FailOn;
import dev.migrationstudio.core.gate.GateEvidence;
import dev.migrationstudio.core.gate.GateResult;
import dev.migrationstudio.core.gate.GateStatus;
import dev.migrationstudio.core.gate.ReleaseGate;
import dev.migrationstudio.core.report.format.RuleInfo;
import dev.migrationstudio.core.report.format.TextFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Goals that end in the release gate: judge the evidence, write {@code studio.release.gate}, report, and fail the
 * build when the gate fails or had nothing to judge.
 */
public abstract class AbstractGateMojo extends AbstractValidateMojo {

    /**
     * Which findings fail the build: {@code error}, {@code warning} (warnings too), {@code none}. Unset: {@code error}
     * for the gate goals, {@code none} for {@code lint} (it reports; the gate decides).
     */
    @Parameter(property = "studio.failOn")
    protected String failOn;

    protected AbstractGateMojo(MavenProject project, MavenSession session, RepositorySystem repositorySystem,
                               SettingsDecrypter settingsDecrypter) {
        super(project, session, repositorySystem, settingsDecrypter);
    }

    /** The gate's verdict as written and shown; {@link #enforce} fails the build on it. */
    protected record Verdict(GateResult result, FailOn threshold, Path artifact, boolean json) {
    }

    /** Judges, writes {@code studio.release.gate} and reports; {@link #enforce} then fails the build when it says so. */
    protected void conclude(List<GateEvidence> evidence, List<String> files)
            throws MojoExecutionException, MojoFailureException {
        enforce(judge(evidence, files, Optional.empty()));
    }

    /**
     * Judges the evidence, writes {@code studio.release.gate} (unless {@code upToDate} is the last run's, still as
     * written: the same evidence and settings give the same verdict) and reports in the chosen format.
     */
    protected Verdict judge(List<GateEvidence> evidence, List<String> files, Optional<Path> upToDate)
            throws MojoExecutionException {
        FailOn threshold = failOnSetting(FailOn.ERROR);
        GateResult result = ReleaseGate.evaluate(evidence, threshold);
        Path written = upToDate.isPresent() ? upToDate.get() : writeArtifact(ArtifactId.RELEASE_GATE, result);
        List<Finding> findings = evidence.stream().flatMap(e -> e.findings().stream()).distinct().toList();
        List<String> headline = new ArrayList<>();
        headline.add(result.summary());
        if (!result.missingEvidence().isEmpty() && result.status() != GateStatus.NO_VALIDATION) {
            headline.add("  not judged (no artifact): " + String.join(", ", result.missingEvidence()));
        }
        headline.add((upToDate.isPresent() ? "Unchanged since the last run: " : "Wrote ") + relative(written));
        ValidationOutput output = output();
        output.print(goalName(), findingsReportOf(rules(), files, findings), headline, result);
        return new Verdict(result, threshold, written, output.isJson());
    }

    /**
     * Fails the build when the gate failed or had nothing to judge. In JSON mode the build does not fail: Maven prints
     * a failure on standard output, which would break the one JSON document there; the verdict is the document's
     * {@code status} ({@code jq -e '.status == "pass"'} in a script).
     */
    protected void enforce(Verdict verdict) throws MojoFailureException {
        GateResult result = verdict.result();
        boolean blocks = result.status() == GateStatus.FAIL
                || (result.status() == GateStatus.NO_VALIDATION && verdict.threshold() != FailOn.NONE);
        if (blocks && !verdict.json()) {
            throw new MojoFailureException(failureMessage(result));
        }
    }

    protected FailOn failOnSetting(FailOn whenUnset) throws MojoExecutionException {
        if (failOn == null || failOn.isBlank()) {
            return whenUnset;
        }
        try {
            return FailOn.parse(failOn);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage() + " (fix studio.failOn)");
        }
    }

    /** The audit rules, then the lint rules; a finding of any other rule gets a derived entry in the report. */
    private static List<RuleInfo> rules() {
        List<RuleInfo> rules = new ArrayList<>(auditRuleIds().stream().map(RuleInfo::of).toList());
        rules.addAll(lintRuleInfos());
        return rules;
    }

    static String failureMessage(GateResult result) {
        if (result.status() == GateStatus.NO_VALIDATION) {
            return result.summary() + ". Run studio:release-check (or rls-check, rpc-lint, lint) first,"
                    + " or set studio.failOn=none to report only.";
        }
        return result.summary() + ":\n" + result.blocking().stream().map(f -> "  " + TextFormat.oneLine(f))
                .collect(Collectors.joining("\n"))
                + "\nFix them (each finding's safe rewrite says how), or set studio.failOn to change what blocks.";
    }
}
