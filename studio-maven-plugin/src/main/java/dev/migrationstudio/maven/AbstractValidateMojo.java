package dev.migrationstudio.maven;

import dev.migrationstudio.core.artifact.ArtifactId;
import dev.migrationstudio.core.artifact.ArtifactStamp;
import dev.migrationstudio.core.audit.AuditScope;
import dev.migrationstudio.core.audit.HistoryAudits;
import dev.migrationstudio.core.audit.rls.RlsAudit;
import dev.migrationstudio.core.audit.rpc.RpcAudit;
import dev.migrationstudio.core.finding.Finding;
import dev.migrationstudio.core.history.HistoryAnalysis;
import dev.migrationstudio.core.lint.LintRules;
import dev.migrationstudio.core.report.format.FindingsReport;
import dev.migrationstudio.core.report.format.GithubAnnotations;
import dev.migrationstudio.core.report.StudioLog;
import dev.migrationstudio.core.report.format.RuleInfo;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Validate goals: they read the history statically (no server), audit the schema it declares, and report in the
 * chosen format ({@code text}, {@code json}, {@code sarif}, {@code junit}; GitHub annotations in GitHub Actions).
 */
public abstract class AbstractValidateMojo extends AbstractDatabaseMojo {

    /** The schemas the HTTP API serves (PostgREST's db_schemas); Supabase's default is public. */
    @Parameter(property = "studio.exposedSchemas", defaultValue = "public")
    protected List<String> exposedSchemas;

    /** Where SARIF and JUnit reports are written. */
    @Parameter(property = "studio.reportsDirectory", defaultValue = "${project.build.directory}/studio")
    protected File reportsDirectory;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    protected String pluginVersion;

    protected AbstractValidateMojo(MavenProject project, MavenSession session, RepositorySystem repositorySystem,
                                   SettingsDecrypter settingsDecrypter) {
        super(project, session, repositorySystem, settingsDecrypter);
    }

    /**
     * Reads and replays the project's history, with no database. What could not be read is a warning naming the file
     * and line: the goal judges the rest, and says so.
     */
    protected StaticHistory.Read analyzeHistory() throws MojoExecutionException {
        StaticHistory.Read history = readHistory();
        StudioLog log = studioLog();
        history.digest().problems().forEach(problem -> log.warn(problem.message()
                + " (not validated; mvn studio:sql-parse lists every problem)"));
        return history;
    }

    protected HistoryAudits audits(HistoryAnalysis analysis) {
        return new HistoryAudits(analysis, AuditScope.exposing(exposedSchemas), this::relative);
    }

    protected ValidationOutput output() throws MojoExecutionException {
        String variable = session.getSystemProperties().getProperty("env.GITHUB_ACTIONS",
                System.getenv("GITHUB_ACTIONS"));
        return new ValidationOutput(getLog(), outputFormat(), reportsDirectory.toPath(),
                GithubAnnotations.enabled(variable), this::relative);
    }

    /** The report every format renders; {@code files} are the files read, so JUnit shows clean files too. */
    protected FindingsReport findingsReport(List<String> ruleIds, List<String> files, List<Finding> findings) {
        return findingsReportOf(ruleIds.stream().map(RuleInfo::of).toList(), files, findings);
    }

    /** As {@link #findingsReport}, for rules whose summary and help are known. */
    protected FindingsReport findingsReportOf(List<RuleInfo> rules, List<String> files, List<Finding> findings) {
        return new FindingsReport("migration-studio", pluginVersion == null ? "unknown" : pluginVersion,
                rules, files, findings);
    }

    protected List<String> scriptFiles(HistoryAnalysis analysis) {
        return analysis.scripts().stream().map(s -> relative(s.parsed().script().file())).distinct().toList();
    }

    /** The ids of the audit rules (RLS, then functions). */
    protected static List<String> auditRuleIds() {
        return Stream.concat(RlsAudit.ruleIds().stream(), RpcAudit.ruleIds().stream()).toList();
    }

    /** The lint rules as report formats show them: SARIF's rule table gets each rule's real summary and help. */
    protected static List<RuleInfo> lintRuleInfos() {
        return LintRules.infos().stream().map(rule -> new RuleInfo(rule.id(), rule.summary(),
                rule.why() + " Instead: " + rule.safeRewrite())).toList();
    }

    /**
     * This goal's last result over the same history with the same {@code settings}, while every artifact it wrote is
     * still as written; empty when anything changed (or {@code studio.reuseResults=false}).
     */
    protected Optional<ValidationResult> previousResult(StaticHistory.Read history, String settings)
            throws MojoExecutionException {
        if (!reuseResults) {
            return Optional.empty();
        }
        return staticHistory().results().read(goalName(), resultKey(history, settings), ValidationResult.class)
                .filter(ValidationResult::isCurrent);
    }

    /** Keeps this run's result for the next run; losing it only costs that run the full work. */
    protected void keepResult(StaticHistory.Read history, String settings, ValidationResult result)
            throws MojoExecutionException {
        staticHistory().keep(goalName(), resultKey(history, settings), result);
    }

    /** Stamps of artifacts this goal has just written, for {@link #keepResult}. */
    protected List<ArtifactStamp> stamps(ArtifactId... ids) throws MojoExecutionException {
        List<ArtifactStamp> stamps = new java.util.ArrayList<>();
        for (ArtifactId id : ids) {
            try {
                stamps.add(ArtifactStamp.of(artifactStore().pathOf(id)));
            } catch (IOException e) {
                throw new MojoExecutionException("Cannot read back the " + id.id() + " artifact just written: "
                        + e.getMessage() + " (check studio.artifactsDirectory)", e);
            }
        }
        return stamps;
    }

    private static String resultKey(StaticHistory.Read history, String settings) {
        return history.fingerprint() + "|" + settings;
    }

    /** The settings every validate goal's findings depend on, besides the history. */
    protected String auditSettings() {
        return new TreeSet<>(exposedSchemas == null ? List.of() : exposedSchemas) + "|" + project.getBasedir();
    }

    protected Path writeArtifact(ArtifactId id, Object data) throws MojoExecutionException {
        try {
            return artifactStore().write(id, data);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the " + id.id() + " artifact: " + e.getMessage()
                    + " (check studio.artifactsDirectory)", e);
        }
    }
}
