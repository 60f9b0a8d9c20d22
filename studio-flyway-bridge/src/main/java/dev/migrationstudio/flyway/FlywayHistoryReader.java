package dev.migrationstudio.flyway;

import dev.migrationstudio.core.source.MigrationScript;
import dev.migrationstudio.core.source.MigrationSourceException;
import dev.migrationstudio.core.source.SourceProblem;
import dev.migrationstudio.core.sql.split.DecodedScript;
import dev.migrationstudio.core.sql.split.ScriptDecoder;
import dev.migrationstudio.flyway.LocationScanner.ScannedLocation;
import org.flywaydb.core.api.MigrationVersion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads a Flyway project's scripts from its locations, offline, and puts them in Flyway's apply order. */
final class FlywayHistoryReader {

    /** A script file whose name Flyway accepts as a migration. */
    private record Found(ScriptName.Migration name, String relativePath, Path file, ScannedLocation location) {
        MigrationVersion version() {
            return name.version();
        }
    }

    private final FlywaySettings settings;
    private final ScriptNameParser names;
    /** The project directory that file names in messages are shown relative to. */
    private final Path base;

    FlywayHistoryReader(FlywaySettings settings) {
        this.settings = settings;
        this.names = new ScriptNameParser(settings);
        this.base = settings.baseDir().toAbsolutePath().normalize();
    }

    FlywayHistory read() throws MigrationSourceException {
        List<String> warnings = new ArrayList<>();
        List<ScannedLocation> locations = scanLocations(warnings);

        List<Found> found = new ArrayList<>();
        List<String> invalidNames = new ArrayList<>();
        for (ScannedLocation location : locations) {
            for (Map.Entry<String, Path> file : location.files().entrySet()) {
                Optional<ScriptName> name = names.parse(fileName(file.getKey()));
                if (name.isEmpty()) {
                    continue;
                }
                if (name.get() instanceof ScriptName.Migration migration) {
                    found.add(new Found(migration, file.getKey(), file.getValue(), location));
                } else if (name.get() instanceof ScriptName.Callback callback) {
                    warnings.add(display(file.getValue()) + ": Flyway callback '" + callback.event()
                            + "': runs around Flyway commands, not part of the migration history");
                } else if (name.get() instanceof ScriptName.Invalid invalid) {
                    invalidNames.add(display(file.getValue()) + ": " + invalid.reason());
                }
            }
        }
        if (settings.validateMigrationNaming() && !invalidNames.isEmpty()) {
            throw new MigrationSourceException("Invalid Flyway script names (validateMigrationNaming=true):\n  "
                    + String.join("\n  ", invalidNames));
        }
        invalidNames.forEach(invalid -> warnings.add(invalid
                + " (Flyway ignores this file; set validateMigrationNaming=true to make it an error)"));

        warnings.addAll(differingCopies(found));

        List<Found> versioned = sortedByVersion(found, ScriptName.Type.VERSIONED, "migration");
        List<Found> baselines = sortedByVersion(found, ScriptName.Type.BASELINE, "baseline migration");
        List<Found> undos = sortedByVersion(found, ScriptName.Type.UNDO, "undo migration");
        List<Found> repeatables = sortedByDescription(found);

        List<Found> applyOrder = new ArrayList<>();
        if (!baselines.isEmpty()) {
            Found baseline = baselines.get(baselines.size() - 1);
            applyOrder.add(baseline);
            for (Found script : versioned) {
                if (script.version().compareTo(baseline.version()) > 0) {
                    applyOrder.add(script);
                } else {
                    warnings.add(display(script.file()) + ": not applied to an empty database, baseline migration "
                            + display(baseline.file()) + " stands for versions up to " + baseline.version());
                }
            }
        } else {
            applyOrder.addAll(versioned);
        }
        applyOrder.addAll(repeatables);

        List<SourceProblem> problems = new ArrayList<>();
        List<MigrationScript> scripts = loadAll(applyOrder, problems);
        List<MigrationScript> undoScripts = loadAll(undos, problems);
        return new FlywayHistory(scripts, undoScripts, warnings, problems);
    }

    private List<ScannedLocation> scanLocations(List<String> warnings) throws MigrationSourceException {
        List<ScannedLocation> scanned = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String raw : settings.locations()) {
            FlywayLocation location = FlywayLocation.parse(raw);
            List<Path> directories = location.existingDirectories(settings);
            if (directories.isEmpty()) {
                missing.add(describeMissing(location));
            } else {
                scanned.add(LocationScanner.scan(location, directories));
            }
        }
        if (scanned.isEmpty()) {
            throw new MigrationSourceException("No Flyway migration location exists: " + String.join("; ", missing)
                    + ". Set 'locations' in the flyway-maven-plugin configuration (or -Dstudio.locations) to the"
                    + " directory that holds your migrations (for example filesystem:src/main/resources/db/migration).");
        }
        missing.forEach(location -> warnings.add("Flyway location does not exist: " + location
                + " (setting 'locations')"));
        return scanned;
    }

    private String describeMissing(FlywayLocation location) throws MigrationSourceException {
        List<Path> candidates = location.candidateDirectories(settings);
        if (candidates.isEmpty()) {
            return "'" + location + "' (no classpath directories were given to look in)";
        }
        return "'" + location + "' (looked for "
                + candidates.stream().map(this::display).collect(Collectors.joining(", ")) + ")";
    }

    private List<Found> sortedByVersion(List<Found> found, ScriptName.Type type, String what) throws MigrationSourceException {
        List<Found> ofType = found.stream()
                .filter(script -> script.name().type() == type)
                .sorted(Comparator.comparing(Found::version))
                .toList();
        requireUnique(ofType, Found::version, what + " with version", script -> script.version().toString());
        return ofType;
    }

    private List<Found> sortedByDescription(List<Found> found) throws MigrationSourceException {
        // Flyway compares descriptions with String.compareTo, after underscores became spaces.
        List<Found> repeatables = found.stream()
                .filter(script -> script.name().type() == ScriptName.Type.REPEATABLE)
                .sorted(Comparator.comparing((Found script) -> script.name().description()))
                .toList();
        requireUnique(repeatables, script -> script.name().description(), "repeatable migration with description",
                script -> "'" + script.name().description() + "'");
        return repeatables;
    }

    /** Flyway refuses to run when two scripts have the same key; so do we, naming both files. */
    private <K extends Comparable<K>> void requireUnique(List<Found> sorted, Function<Found, K> key, String what,
                                                         Function<Found, String> shownKey) throws MigrationSourceException {
        List<String> clashes = new ArrayList<>();
        for (int i = 1; i < sorted.size(); i++) {
            Found previous = sorted.get(i - 1);
            Found current = sorted.get(i);
            if (key.apply(previous).compareTo(key.apply(current)) == 0) {
                clashes.add("more than one Flyway " + what + " " + shownKey.apply(current) + ": "
                        + display(previous.file()) + " and " + display(current.file()));
            }
        }
        if (!clashes.isEmpty()) {
            throw new MigrationSourceException("Found " + String.join("; ", clashes)
                    + ". Flyway refuses to migrate: rename or remove one of each pair.");
        }
    }

    /** A script in two classpath roots with different bytes: the output directory is stale. */
    private List<String> differingCopies(List<Found> found) throws MigrationSourceException {
        List<String> warnings = new ArrayList<>();
        for (Found script : found) {
            for (Path copy : script.location().shadowed().getOrDefault(script.relativePath(), List.of())) {
                if (!Arrays.equals(bytes(script.file()), bytes(copy))) {
                    warnings.add(display(copy) + " differs from " + display(script.file())
                            + ", which is read instead; rebuild the project (Flyway runs the copy on its runtime classpath)");
                }
            }
        }
        return warnings;
    }

    private byte[] bytes(Path file) throws MigrationSourceException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new MigrationSourceException("Cannot read Flyway script " + display(file) + ": " + e.getMessage(), e);
        }
    }

    /** What loading one file gave: its script, why it cannot be decoded, or an error that stops the read. */
    private sealed interface Loaded {
        record Script(MigrationScript script) implements Loaded {
        }

        record Problem(SourceProblem problem) implements Loaded {
        }

        record Failure(MigrationSourceException error) implements Loaded {
        }
    }

    /**
     * Loads the scripts that decode; the others become problems, so one bad file does not hide the rest. Reading and
     * decoding are most of the time on a large history and the files are independent, so they are loaded on the
     * common pool; the results keep the given order, and the first failure in that order is the one thrown, as
     * reading one file after the other would.
     */
    private List<MigrationScript> loadAll(List<Found> found, List<SourceProblem> problems)
            throws MigrationSourceException {
        List<Loaded> results = found.parallelStream().map(this::load).toList();
        List<MigrationScript> loaded = new ArrayList<>();
        for (Loaded result : results) {
            if (result instanceof Loaded.Failure failure) {
                throw failure.error();
            } else if (result instanceof Loaded.Problem problem) {
                problems.add(problem.problem());
            } else if (result instanceof Loaded.Script script) {
                loaded.add(script.script());
            }
        }
        return loaded;
    }

    private Loaded load(Found script) {
        try {
            return read(script);
        } catch (MigrationSourceException e) {
            return new Loaded.Failure(e);
        }
    }

    private Loaded read(Found script) throws MigrationSourceException {
        Path confFile = script.location().files().get(script.relativePath() + ScriptConfig.SUFFIX);
        ScriptConfig config = confFile == null
                ? ScriptConfig.defaults(settings.encoding())
                : ScriptConfig.read(confFile, settings.encoding());
        byte[] bytes = bytes(script.file());
        String encodingSetting = confFile == null
                ? "the Flyway setting 'encoding'"
                : "'encoding' in " + display(confFile);
        DecodedScript decoded = ScriptDecoder.decode(bytes, display(script.file()), config.encoding(), encodingSetting);
        if (decoded instanceof DecodedScript.Rejected rejected) {
            return new Loaded.Problem(new SourceProblem(script.file(), rejected.position().line(), rejected.message()));
        }
        String sql = ((DecodedScript.Text) decoded).sql();
        MigrationScript.Kind kind = script.name().type() == ScriptName.Type.REPEATABLE ? MigrationScript.Kind.REPEATABLE
                : script.name().type() == ScriptName.Type.UNDO ? MigrationScript.Kind.UNDO
                : MigrationScript.Kind.VERSIONED;
        String version = script.version() == null ? null : script.version().toString();
        return new Loaded.Script(new MigrationScript(script.relativePath(), version, script.name().description(), kind,
                script.file(), sql, 1, config.executeInTransaction(), null));
    }

    private String display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
    }

    private static String fileName(String relativePath) {
        return relativePath.substring(relativePath.lastIndexOf('/') + 1);
    }
}
