package dev.migrationstudio.flyway;

import dev.migrationstudio.core.scaffold.MigrationDraft;
import dev.migrationstudio.core.scaffold.MigrationWriteException;
import dev.migrationstudio.core.scaffold.MigrationWriter;
import dev.migrationstudio.core.scaffold.WritePlan;
import dev.migrationstudio.core.scaffold.WritePlan.FileWrite;
import dev.migrationstudio.core.source.MigrationScript;
import dev.migrationstudio.core.source.MigrationSourceException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Writes drafts as Flyway scripts in the project's first location: {@code V<next>__<description>.sql} with the
 * project's prefix, separator, suffix and version style; a {@code .conf} beside it with
 * {@code executeInTransaction=false} for a draft that cannot run in a transaction; and the rollback as the undo
 * script {@code U<same version>__<description>.sql} (Flyway Community does not run undo scripts: the studio does).
 */
public final class FlywayMigrationWriter implements MigrationWriter {
    private static final int MAX_DESCRIPTION = 60;

    private final FlywaySettings settings;
    private final Clock clock;

    public FlywayMigrationWriter(FlywaySettings settings) {
        this(settings, Clock.systemDefaultZone());
    }

    FlywayMigrationWriter(FlywaySettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public WritePlan plan(List<MigrationDraft> drafts) throws MigrationWriteException {
        Path directory = targetDirectory();
        List<String> versions = existingVersions();
        VersionStyle style = VersionStyle.of(versions);
        String latest = versions.stream().max(Comparator.comparing(MigrationVersion::fromVersion)).orElse(null);
        List<FileWrite> files = new ArrayList<>();
        List<Path> migrated = new ArrayList<>();
        for (MigrationDraft draft : drafts) {
            latest = style.next(latest, clock);
            String name = latest + settings.sqlMigrationSeparator() + description(draft.description())
                    + settings.sqlMigrationSuffixes().get(0);
            Path script = directory.resolve(settings.sqlMigrationPrefix() + name);
            Path undo = directory.resolve(settings.undoSqlMigrationPrefix() + name);
            files.add(new FileWrite(script, draft.upSql(), false));
            files.add(new FileWrite(undo, draft.downSql(), false));
            if (!draft.transactional()) {
                files.add(new FileWrite(Path.of(script + ".conf"), "executeInTransaction=false\n", false));
                files.add(new FileWrite(Path.of(undo + ".conf"), "executeInTransaction=false\n", false));
            }
            migrated.add(script);
        }
        return new WritePlan(files, migrated, settings.encoding());
    }

    /** The first location's directory: a filesystem location as given, a classpath one in the first resource root. */
    private Path targetDirectory() throws MigrationWriteException {
        String location = settings.locations().get(0);
        try {
            List<Path> candidates = FlywayLocation.parse(location).candidateDirectories(settings);
            if (candidates.isEmpty()) {
                throw new MigrationWriteException("Flyway location '" + location + "' has no directory in this"
                        + " project to write to: set studio.locations to a filesystem: location");
            }
            return candidates.get(0);
        } catch (MigrationSourceException e) {
            throw new MigrationWriteException(e.getMessage(), e);
        }
    }

    /** Raw versions as written in the file names of every versioned, baseline and undo script. */
    private List<String> existingVersions() throws MigrationWriteException {
        try {
            List<String> versions = new ArrayList<>();
            if (!anyLocationExists()) {
                return versions; // a new project: its first migration starts the history
            }
            FlywayMigrationSource source = new FlywayMigrationSource(settings);
            for (MigrationScript script : source.scripts()) {
                addRawVersion(script, versions);
            }
            for (MigrationScript script : source.undoScripts()) {
                addRawVersion(script, versions);
            }
            return versions;
        } catch (MigrationSourceException e) {
            throw new MigrationWriteException("Cannot read the existing migrations to pick the next version: "
                    + e.getMessage(), e);
        }
    }

    private boolean anyLocationExists() throws MigrationSourceException {
        for (String location : settings.locations()) {
            if (!FlywayLocation.parse(location).existingDirectories(settings).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private void addRawVersion(MigrationScript script, List<String> versions) {
        if (script.version() == null) {
            return;
        }
        String fileName = script.file().getFileName().toString();
        int separator = fileName.indexOf(settings.sqlMigrationSeparator());
        int prefixLength = fileName.length() - fileName.replaceFirst("^[^0-9]+", "").length();
        versions.add(separator > prefixLength ? fileName.substring(prefixLength, separator) : script.version());
    }

    /** Flyway shows {@code _} as a space; anything but letters and digits becomes one. */
    static String description(String text) {
        String words = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        String trimmed = words.length() > MAX_DESCRIPTION ? words.substring(0, MAX_DESCRIPTION) : words;
        return trimmed.isEmpty() ? "migration" : trimmed.replaceAll("_+$", "");
    }
}
