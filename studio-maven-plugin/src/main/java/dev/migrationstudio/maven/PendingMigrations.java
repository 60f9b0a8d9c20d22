package dev.migrationstudio.maven;

import dev.migrationstudio.core.connect.ConnectionSettings;
import dev.migrationstudio.core.lint.LintBaseline;
import dev.migrationstudio.core.source.MigrationScript;
import dev.migrationstudio.core.source.MigrationSource;
import dev.migrationstudio.flyway.FlywayMigrationRunner;
import dev.migrationstudio.flyway.FlywayMigrationSource;
import dev.migrationstudio.flyway.FlywayRunException;
import dev.migrationstudio.liquibase.LiquibaseMigrationRunner;
import dev.migrationstudio.liquibase.LiquibaseMigrationSource;
import dev.migrationstudio.liquibase.LiquibaseRunException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Which migrations a live database has not run yet, asked of the tool itself ({@code flyway info}, Liquibase
 * {@code status}), as a lint baseline. The tool decides what is pending: a changed repeatable script is pending
 * again for Flyway, so it is linted again.
 */
final class PendingMigrations {
    private PendingMigrations() {
    }

    /** The scripts of the history the database has applied, as {@link LintBaseline.NotApplied} wants them. */
    static LintBaseline.NotApplied baseline(MigrationSource source, List<MigrationScript> scripts,
                                            ConnectionSettings database) throws MojoExecutionException {
        Set<String> pending = pendingIds(source, database);
        Set<String> applied = scripts.stream().map(MigrationScript::id).filter(id -> !pending.contains(id))
                .collect(Collectors.toSet());
        return new LintBaseline.NotApplied(applied);
    }

    private static Set<String> pendingIds(MigrationSource source, ConnectionSettings database)
            throws MojoExecutionException {
        try {
            if (source instanceof FlywayMigrationSource flyway) {
                return new FlywayMigrationRunner(database.url(), database.user(), database.password(),
                        flyway.settings()).info().stream()
                        .filter(status -> !status.applied() && status.script() != null)
                        .map(FlywayMigrationRunner.MigrationStatus::script)
                        .collect(Collectors.toSet());
            }
            if (source instanceof LiquibaseMigrationSource liquibase) {
                return new LiquibaseMigrationRunner(liquibase.settings())
                        .status(database.url(), database.user(), database.password()).stream()
                        .map(ref -> ref.changelog() + "::" + ref.id() + "::" + ref.author())
                        .collect(Collectors.toSet());
            }
        } catch (FlywayRunException | LiquibaseRunException e) {
            throw new MojoExecutionException("studio.lintOnlyPending needs the applied migrations of "
                    + database.maskedUrl() + " (from " + database.origin() + "): " + e.getMessage(), e);
        }
        throw new MojoExecutionException("studio.lintOnlyPending does not know the " + source.tool()
                + " history table; use studio.lintSince instead");
    }
}
