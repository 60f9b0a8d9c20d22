package dev.migrationstudio.core.history;

import dev.migrationstudio.core.finding.Finding;
import dev.migrationstudio.core.sql.parse.ParsedStatement;
import dev.migrationstudio.core.sql.replay.TouchedObject;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where each schema object of a history is declared: the statement that last created, renamed or replaced it
 * ({@code CREATE OR REPLACE FUNCTION}), or, for an object the history never creates, the first statement that alters it. Used to give
 * audit findings, which are about objects, a file and line a reader can open.
 */
public final class ObjectLocations {
    private final Map<String, Location> created = new HashMap<>();
    private final Map<String, Location> firstAltered = new HashMap<>();

    /** A place in a migration file. */
    public record Location(String file, int line) {
    }

    private ObjectLocations() {
    }

    /** Reads the locations from a history; {@code fileName} turns a script's path into what findings show. */
    public static ObjectLocations of(HistoryAnalysis analysis, Function<Path, String> fileName) {
        ObjectLocations locations = new ObjectLocations();
        for (AnalyzedScript script : analysis.scripts()) {
            ParsedScript parsed = script.parsed();
            String file = fileName.apply(parsed.script().file());
            for (int i = 0; i < parsed.statements().size(); i++) {
                ParsedScript.Statement statement = parsed.statements().get(i);
                Location location = null; // most statements of a history are grants, which record nothing
                for (TouchedObject touched : script.steps().get(i).touched()) {
                    if (touched.kind() == TouchedObject.Kind.GRANT) {
                        continue;
                    }
                    if (location == null) {
                        location = new Location(file, parsed.fileLine(statement.source().start().line()));
                    }
                    locations.record(touched, statement.parsed(), location);
                }
            }
        }
        return locations;
    }

    private void record(TouchedObject touched, ParsedStatement statement, Location location) {
        if (touched.kind() == TouchedObject.Kind.GRANT) {
            return; // a grant is recorded under the id of the object granted on, which it does not declare
        }
        if (touched.change() == TouchedObject.Change.DROPPED) {
            created.remove(touched.id());
        } else if (declares(touched, statement)) {
            created.put(touched.id(), location);
        } else {
            firstAltered.putIfAbsent(touched.id(), location);
        }
    }

    /** A creation, a rename (the object's new id starts here) or a {@code CREATE OR REPLACE} of a function or view. */
    private static boolean declares(TouchedObject touched, ParsedStatement statement) {
        return touched.change() != TouchedObject.Change.ALTERED
                || statement instanceof ParsedStatement.CreateFunction
                || statement instanceof ParsedStatement.CreateView;
    }

    public Optional<Location> of(String objectId) {
        Location location = created.get(objectId);
        return Optional.ofNullable(location != null ? location : firstAltered.get(objectId));
    }

    /** The finding with the file and line of its object, when it has none yet and the object's place is known. */
    public Finding locate(Finding finding) {
        if (finding.file() != null || finding.objectId() == null) {
            return finding;
        }
        return of(finding.objectId())
                .map(l -> new Finding(finding.ruleId(), finding.severity(), finding.objectId(), l.file(), l.line(),
                        null, finding.message(), finding.safeRewrite(), finding.fingerprint()))
                .orElse(finding);
    }

    public List<Finding> locateAll(List<Finding> findings) {
        return findings.stream().map(this::locate).toList();
    }
}
