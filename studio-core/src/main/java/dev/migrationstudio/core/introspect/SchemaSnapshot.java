package dev.migrationstudio.core.introspect;

import dev.migrationstudio.core.schema.SchemaModel;
import java.time.Instant;
import java.util.List;

/**
 * The {@code studio.schema.snapshot} artifact: the database as it is.
 *
 * @param source         where it came from: the masked URL, or {@code shadow} with the migrations location
 * @param serverVersion  {@code server_version} as the server reports it
 * @param schemas        the schemas that were read
 * @param replayFailures statements the shadow database could not run (empty for a live database)
 */
public record SchemaSnapshot(
        Instant capturedAt,
        String source,
        String serverVersion,
        List<String> schemas,
        SchemaModel model,
        List<ReplayFailure> replayFailures) {

    public SchemaSnapshot {
        schemas = List.copyOf(schemas);
        replayFailures = replayFailures == null ? List.of() : List.copyOf(replayFailures);
    }

    /** One statement of the history that failed in the shadow database. */
    public record ReplayFailure(String file, int line, String statement, String error) {
    }
}
