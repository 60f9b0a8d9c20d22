package dev.migrationstudio.liquibase;

import dev.migrationstudio.core.source.MigrationScript;
import dev.migrationstudio.core.source.MigrationScript.ChangeSetRef;
import dev.migrationstudio.core.source.MigrationSource;
import dev.migrationstudio.core.source.MigrationSourceException;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.filter.ChangeSetFilter;
import liquibase.changelog.filter.ContextChangeSetFilter;
import liquibase.changelog.filter.DbmsChangeSetFilter;
import liquibase.changelog.filter.IgnoreChangeSetFilter;
import liquibase.changelog.filter.LabelChangeSetFilter;
import liquibase.database.Database;
import liquibase.database.OfflineConnection;
import liquibase.database.core.PostgresDatabase;
import liquibase.resource.Resource;
import liquibase.resource.ResourceAccessor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a Liquibase 4.33 changelog (XML, YAML, JSON or formatted SQL, with its includes) without a database and
 * returns one script per changeset that would run on PostgreSQL under the given contexts and labels, in changelog
 * order.
 *
 * <p>Stateless by design: the changelog is parsed with Liquibase's parsers and each change is rendered by its SQL
 * generators against a {@link PostgresDatabase} on an {@link OfflineConnection} that is never asked for history.
 * Liquibase's {@code updateSql} on {@code offline:postgresql} is not used: it records a CSV history and prints
 * nothing the second time. Reading the same changelog twice gives the same scripts.
 *
 * <p>Filters: {@code ignore}, contexts (including those inherited from {@code include}), labels, and {@code dbms}
 * (changesets for postgresql or for no dbms in particular) with Liquibase's own filter classes. Not evaluated:
 * preconditions (they need a database; every changeset is kept as if they passed), {@code runAlways}/
 * {@code runOnChange} (there is no history offline). Changes that need the live database to know their SQL
 * ({@code dropAllForeignKeyConstraints}) and non-SQL changes ({@code executeCommand}, {@code stop}) appear as
 * {@code -- studio:} comments.
 */
public final class LiquibaseMigrationSource implements MigrationSource {

    private final LiquibaseSettings settings;

    public LiquibaseMigrationSource(LiquibaseSettings settings) {
        this.settings = settings;
    }

    /** The settings this source reads with (for running the same changelog, e.g. {@code status}). */
    public LiquibaseSettings settings() {
        return settings;
    }

    @Override
    public String tool() {
        return "liquibase";
    }

    @Override
    public String location() {
        return settings.changeLogFile();
    }

    @Override
    public List<MigrationScript> scripts() throws MigrationSourceException {
        return changeSets().stream().map(LiquibaseChangeSet::script).toList();
    }

    /** The declared rollback SQL of one changeset, or empty when it declares none or is not in the changelog. */
    public Optional<String> rollbackSql(ChangeSetRef changeSet) throws MigrationSourceException {
        return changeSets().stream()
                .filter(candidate -> candidate.ref().equals(changeSet))
                .findFirst()
                .flatMap(LiquibaseChangeSet::rollbackSql);
    }

    /** Every changeset that applies, in changelog order, with its forward and declared rollback SQL. */
    @SuppressWarnings("try") // ResourceAccessor.close() declares Exception; a failed close is reported like any failure
    public List<LiquibaseChangeSet> changeSets() throws MigrationSourceException {
        ChangeLogLoader loader = new ChangeLogLoader(settings);
        try (ResourceAccessor resourceAccessor = loader.openResourceAccessor()) {
            return LiquibaseScope.call(resourceAccessor, () -> read(loader, resourceAccessor));
        } catch (MigrationSourceException e) {
            throw e;
        } catch (Exception e) {
            throw loader.error(LiquibaseErrors.detail(e), e);
        }
    }

    private List<LiquibaseChangeSet> read(ChangeLogLoader loader, ResourceAccessor resourceAccessor)
            throws MigrationSourceException {
        Database database = new PostgresDatabase();
        database.setConnection(new OfflineConnection("offline:postgresql", resourceAccessor));
        DatabaseChangeLog changeLog = loader.parse(resourceAccessor, database);
        List<ChangeSetFilter> filters = List.of(
                new IgnoreChangeSetFilter(),
                new ContextChangeSetFilter(loader.contexts()),
                new LabelChangeSetFilter(loader.labels()),
                new DbmsChangeSetFilter(database));
        ChangeSetSqlGenerator generator = new ChangeSetSqlGenerator(database);
        ChangeLogFiles files = new ChangeLogFiles(resourceAccessor, settings.baseDir());
        Set<ChangeSetRef> seen = new HashSet<>();
        List<LiquibaseChangeSet> result = new ArrayList<>();
        for (ChangeSet changeSet : changeLog.getChangeSets()) {
            if (!filters.stream().allMatch(filter -> filter.accepts(changeSet).isAccepted())) {
                continue;
            }
            ChangeSetRef ref = LiquibaseChangeSet.refOf(changeSet);
            String physicalPath = changeSet.getChangeLog().getPhysicalFilePath();
            Path file = files.pathOf(physicalPath);
            int line = files.lineOf(physicalPath, ref);
            if (!seen.add(ref)) {
                throw loader.error("changeset " + describe(ref) + " at " + file + ":" + line
                        + " is declared twice; Liquibase refuses duplicate changeset identifiers", null);
            }
            result.add(toChangeSet(changeSet, ref, file, line, generator, loader));
        }
        return result;
    }

    private static LiquibaseChangeSet toChangeSet(ChangeSet changeSet, ChangeSetRef ref, Path file, int line,
                                                  ChangeSetSqlGenerator generator, ChangeLogLoader loader)
            throws MigrationSourceException {
        try {
            MigrationScript script = new MigrationScript(
                    ref.changelog() + "::" + ref.id() + "::" + ref.author(),
                    null,
                    ref.id(),
                    MigrationScript.Kind.CHANGESET,
                    file,
                    generator.forwardSql(changeSet),
                    line,
                    changeSet.isRunInTransaction(),
                    ref);
            return new LiquibaseChangeSet(script, generator.declaredRollbackSql(changeSet));
        } catch (ChangeSetSqlGenerator.ChangeGenerationException e) {
            throw loader.error("changeset " + describe(ref) + " at " + file + ":" + line + ": change '"
                    + e.changeName() + "' cannot be turned into SQL: " + e.getMessage(), e);
        }
    }

    private static String describe(ChangeSetRef ref) {
        return ref.changelog() + "::" + ref.id() + "::" + ref.author();
    }

    /** Where each changelog of the run lives on disk, and its text for locating changesets (read once per file). */
    private static final class ChangeLogFiles {
        private final ResourceAccessor resourceAccessor;
        private final Path baseDir;
        private final Map<String, Path> paths = new HashMap<>();
        private final Map<String, ChangeSetLineLocator> locators = new HashMap<>();

        ChangeLogFiles(ResourceAccessor resourceAccessor, Path baseDir) {
            this.resourceAccessor = resourceAccessor;
            this.baseDir = baseDir;
        }

        Path pathOf(String physicalPath) {
            return paths.computeIfAbsent(physicalPath, this::locate);
        }

        int lineOf(String physicalPath, ChangeSetRef ref) {
            return locators.computeIfAbsent(physicalPath, key -> ChangeSetLineLocator.of(key, read(pathOf(key))))
                    .lineOf(ref.id(), ref.author());
        }

        private Path locate(String physicalPath) {
            try {
                Resource resource = resourceAccessor.getExisting(physicalPath);
                return Path.of(resource.getUri()).toAbsolutePath().normalize();
            } catch (IOException | RuntimeException e) {
                return baseDir.resolve(physicalPath).normalize();
            }
        }

        private static String read(Path file) {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                return "";
            }
        }
    }
}
