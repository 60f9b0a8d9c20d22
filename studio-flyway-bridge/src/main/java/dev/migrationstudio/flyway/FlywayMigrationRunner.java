package dev.migrationstudio.flyway;

import dev.migrationstudio.core.connect.Credentials;
import dev.migrationstudio.core.source.MigrationSourceException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateOutput;
import org.flywaydb.core.api.output.MigrateResult;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs Flyway itself (its public API) against a database, with the project's naming settings and locations.
 * Flyway's PostgreSQL transactional advisory lock is switched off: with it, a migration holding
 * {@code CREATE INDEX CONCURRENTLY} waits on Flyway's own lock transaction.
 */
public final class FlywayMigrationRunner {

    /** A migration Flyway applied in this run. {@code version} is null for a repeatable. */
    public record AppliedMigration(String version, String description, String type, String script) {
    }

    /** One row of {@code flyway info}: a migration with its state ({@code Success}, {@code Pending}, ...). */
    public record MigrationStatus(String version, String description, String type, String script, String state,
                                  Integer installedRank) {
        public boolean applied() {
            return installedRank != null;
        }
    }

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final FlywaySettings settings;

    public FlywayMigrationRunner(String jdbcUrl, String user, String password, FlywaySettings settings) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.settings = settings;
    }

    /** Applies what is pending; returns what was applied, in order. */
    public List<AppliedMigration> migrate() throws FlywayRunException {
        return withFlyway("migrate", flyway -> {
            MigrateResult result = flyway.migrate();
            List<AppliedMigration> applied = new ArrayList<>();
            for (MigrateOutput output : result.migrations) {
                applied.add(new AppliedMigration(output.version == null || output.version.isEmpty() ? null : output.version,
                        output.description, output.type, output.filepath));
            }
            return applied;
        });
    }

    /** Every migration Flyway knows, applied ones first in installed order, then pending ones. */
    public List<MigrationStatus> info() throws FlywayRunException {
        return withFlyway("info", flyway -> Arrays.stream(flyway.info().all())
                .map(FlywayMigrationRunner::status)
                .toList());
    }

    private static MigrationStatus status(MigrationInfo info) {
        return new MigrationStatus(info.getVersion() == null ? null : info.getVersion().toString(), info.getDescription(),
                info.getType().name(), info.getScript(), info.getState().getDisplayName(), info.getInstalledRank());
    }

    private <T> T withFlyway(String command, Function<Flyway, T> action) throws FlywayRunException {
        try (URLClassLoader classLoader = classLoader()) {
            Flyway flyway = Flyway.configure(classLoader)
                    .configuration(Map.of(
                            "flyway.postgresql.transactional.lock", "false",
                            "flyway.baselineMigrationPrefix", settings.baselineMigrationPrefix()))
                    .dataSource(jdbcUrl, user, password)
                    .locations(flywayLocations())
                    .sqlMigrationPrefix(settings.sqlMigrationPrefix())
                    .repeatableSqlMigrationPrefix(settings.repeatableSqlMigrationPrefix())
                    .sqlMigrationSeparator(settings.sqlMigrationSeparator())
                    .sqlMigrationSuffixes(settings.sqlMigrationSuffixes().toArray(String[]::new))
                    .encoding(settings.encoding())
                    .validateMigrationNaming(settings.validateMigrationNaming())
                    .load();
            return action.apply(flyway);
        } catch (FlywayException e) {
            throw new FlywayRunException("Flyway " + command + " failed on " + Credentials.maskUrl(jdbcUrl) + ": " + e.getMessage(), e);
        } catch (MigrationSourceException e) {
            throw new FlywayRunException(e.getMessage(), e);
        } catch (IOException e) {
            throw new FlywayRunException("Flyway " + command + ": cannot close the project class loader: " + e.getMessage(), e);
        }
    }

    /** Filesystem locations become absolute (Flyway would resolve them against the working directory). */
    private String[] flywayLocations() throws MigrationSourceException {
        List<String> locations = new ArrayList<>();
        for (String raw : settings.locations()) {
            FlywayLocation location = FlywayLocation.parse(raw);
            locations.add(location.scheme() == FlywayLocation.Scheme.FILESYSTEM
                    ? "filesystem:" + location.candidateDirectories(settings).get(0)
                    : "classpath:" + location.path());
        }
        return locations.toArray(String[]::new);
    }

    /** Classpath locations are looked up in the project's classpath roots, in the order given. */
    private URLClassLoader classLoader() throws FlywayRunException {
        List<URL> urls = new ArrayList<>();
        for (Path root : settings.classpathRoots()) {
            try {
                urls.add(root.toAbsolutePath().toUri().toURL());
            } catch (MalformedURLException e) {
                throw new FlywayRunException("Classpath directory " + root + " cannot be used: " + e.getMessage(), e);
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), FlywayMigrationRunner.class.getClassLoader());
    }
}
