package dev.migrationstudio.maven;

import dev.migrationstudio.core.connect.ConnectionSettings;
import dev.migrationstudio.core.lint.LintBaseline;
import dev.migrationstudio.core.lint.LintConfig;
import dev.migrationstudio.core.lint.LintReport;
import dev.migrationstudio.core.lint.MigrationLinter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Goals that lint the history ({@code lint}, {@code release-check}): the lint settings, and the live database that
 * {@code studio.lintOnlyPending} asks for the migrations it has applied.
 */
public abstract class AbstractLintMojo extends AbstractGateMojo {
    /**
     * Per-rule severity or off switch, e.g. {@code <rules><truncate>off</truncate><prefer-jsonb>warning</prefer-jsonb>
     * </rules>}: {@code error}, {@code warning}, {@code info} or {@code off}.
     */
    @Parameter
    protected Map<String, String> rules;

    /** Rule ids to switch off, comma-separated on the command line. */
    @Parameter(property = "studio.disabledRules")
    protected List<String> disabledRules;

    /**
     * Lint only the migrations after this one: a Flyway version ({@code 42}, {@code 2024.01.31}) or a Liquibase
     * changeset id ({@code 0042-orders}, or {@code changelog::id::author}). The whole history is still replayed.
     */
    @Parameter(property = "studio.lintSince")
    protected String lintSince;

    /** Lint only the migrations the live database has not applied (needs {@code studio.url} or the tool's url). */
    @Parameter(property = "studio.lintOnlyPending", defaultValue = "false")
    protected boolean lintOnlyPending;

    protected AbstractLintMojo(MavenProject project, MavenSession session, RepositorySystem repositorySystem,
                               SettingsDecrypter settingsDecrypter) {
        super(project, session, repositorySystem, settingsDecrypter);
    }

    /** Lints the history as read, with the goal's settings. */
    protected LintReport lint(StaticHistory.Read history) throws MojoExecutionException {
        return lintInBackground(history, lintConfig(history)).get();
    }

    /** The lint of the history as read, still running on another core. */
    protected interface PendingLint {
        LintReport get() throws MojoExecutionException;
    }

    /**
     * Lints with {@code config} ({@link #lintConfig}) on another thread, so
     * the caller can run other checks meanwhile: the lint is the longest of them on a big history.
     */
    protected PendingLint lintInBackground(StaticHistory.Read history, LintConfig config) {
        CompletableFuture<LintReport> linting = new CompletableFuture<>();
        Thread linter = new Thread(() -> {
            try {
                linting.complete(new MigrationLinter().lint(history.analysis(), config));
            } catch (RuntimeException | Error e) {
                linting.completeExceptionally(e);
            }
        }, "studio-lint");
        linter.start();
        return () -> {
            try {
                return linting.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof IllegalArgumentException cause) {
                    throw new MojoExecutionException(cause.getMessage() + " (fix studio.lintSince)", cause);
                }
                throw e;
            }
        };
    }

    /** The goal's lint settings; they may ask the live database which migrations it has applied. */
    protected LintConfig lintConfig(StaticHistory.Read history) throws MojoExecutionException {
        LintConfig config;
        try {
            config = LintConfig.defaults().withPgVersion(pgVersion)
                    .withExposedSchemas(new HashSet<>(exposedSchemas == null ? List.of("public") : exposedSchemas))
                    .withBaseDirectory(project.getBasedir().toPath());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage() + " (fix studio.pgVersion)", e);
        }
        config = LintRuleSettings.apply(config, rules, disabledRules);
        return config.withBaseline(baseline(history));
    }

    private LintBaseline baseline(StaticHistory.Read history) throws MojoExecutionException {
        boolean since = lintSince != null && !lintSince.isBlank();
        if (since && lintOnlyPending) {
            throw new MojoExecutionException("Set studio.lintSince or studio.lintOnlyPending, not both");
        }
        if (lintOnlyPending) {
            ConnectionSettings database = liveDatabase().orElseThrow(() -> new MojoExecutionException(
                    "studio.lintOnlyPending=true reads the applied migrations from the database's history table,"
                            + " but no database is configured: set studio.url (or STUDIO_URL, or the url of the "
                            + history.source().tool() + " plugin), or use studio.lintSince=<version> instead"));
            getLog().info("Linting the migrations " + database.maskedUrl() + " has not applied (from "
                    + database.origin() + ")");
            return PendingMigrations.baseline(history.source(),
                    history.scripts(), database);
        }
        if (!since) {
            return new LintBaseline.All();
        }
        try {
            return "liquibase".equals(history.source().tool()) ? new LintBaseline.AfterChangeSet(lintSince.trim())
                    : new LintBaseline.AfterVersion(lintSince.trim());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage() + " (fix studio.lintSince)", e);
        }
    }
}
