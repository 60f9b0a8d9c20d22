package dev.migrationstudio.flyway;

import dev.migrationstudio.core.source.MigrationScript;
import dev.migrationstudio.core.source.MigrationSource;
import dev.migrationstudio.core.source.MigrationSourceException;
import dev.migrationstudio.core.source.SourceProblem;

import java.util.List;
import java.util.Optional;

/**
 * A Flyway project's migration history, read offline from its locations (no database), in the order Flyway 11
 * applies it to an empty database. The files are read once, on first use.
 */
public final class FlywayMigrationSource implements MigrationSource {

    private final FlywaySettings settings;
    private FlywayHistory history;

    public FlywayMigrationSource(FlywaySettings settings) {
        this.settings = settings;
    }

    @Override
    public String tool() {
        return "flyway";
    }

    @Override
    public String location() {
        return String.join(",", settings.locations());
    }

    /** Baseline (if any), versioned and repeatable scripts in apply order; undo scripts are not among them. */
    @Override
    public List<MigrationScript> scripts() throws MigrationSourceException {
        return history().scripts();
    }

    /** Scripts that could not be decoded and are missing from {@link #scripts()}. */
    @Override
    public List<SourceProblem> problems() throws MigrationSourceException {
        return history().problems();
    }

    /** Undo scripts in version order. */
    public List<MigrationScript> undoScripts() throws MigrationSourceException {
        return history().undoScripts();
    }

    /** The undo script of {@code version}, if the project has one. */
    public Optional<MigrationScript> undoScript(String version) throws MigrationSourceException {
        return history().undoScript(version);
    }

    /** What Flyway would skip or only log; see {@link FlywayHistory#warnings()}. */
    public List<String> warnings() throws MigrationSourceException {
        return history().warnings();
    }

    /** Everything read, at once. */
    public synchronized FlywayHistory history() throws MigrationSourceException {
        if (history == null) {
            history = new FlywayHistoryReader(settings).read();
        }
        return history;
    }

    public FlywaySettings settings() {
        return settings;
    }
}
