package dev.migrationstudio.flyway;

import dev.migrationstudio.core.source.MigrationScript;
import dev.migrationstudio.core.source.SourceProblem;
import org.flywaydb.core.api.MigrationVersion;

import java.util.List;
import java.util.Optional;

/**
 * A Flyway project's migration history as read from its files.
 *
 * @param scripts     what Flyway would apply to an empty database, in order: the newest baseline migration if there
 *                    is one, the versioned scripts above it in version order, then the repeatables by description
 * @param undoScripts undo scripts (kind {@code UNDO}) in version order; never part of {@code scripts}
 * @param warnings    what Flyway would skip or only log: missing locations, badly named scripts, callbacks,
 *                    versioned scripts superseded by a baseline migration
 * @param problems    script files that cannot be decoded (invalid in their encoding, binary): left out of
 *                    {@code scripts} and {@code undoScripts}, each named with its line
 */
public record FlywayHistory(List<MigrationScript> scripts, List<MigrationScript> undoScripts, List<String> warnings,
                            List<SourceProblem> problems) {

    public FlywayHistory {
        scripts = List.copyOf(scripts);
        undoScripts = List.copyOf(undoScripts);
        warnings = List.copyOf(warnings);
        problems = List.copyOf(problems);
    }

    /** The undo script for {@code version} ({@code 1.1}, {@code 1_1} and {@code 01.1} are the same version). */
    public Optional<MigrationScript> undoScript(String version) {
        MigrationVersion wanted = MigrationVersion.fromVersion(version);
        return undoScripts.stream()
                .filter(script -> MigrationVersion.fromVersion(script.version()).compareTo(wanted) == 0)
                .findFirst();
    }
}
