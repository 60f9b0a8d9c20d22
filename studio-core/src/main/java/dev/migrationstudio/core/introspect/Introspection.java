package dev.migrationstudio.core.introspect;

import dev.migrationstudio.core.schema.SchemaModel;
import java.time.Instant;
import java.util.List;

/**
 * What one introspection read: the server's {@code server_version} (text and number), the schemas that passed
 * the filter (sorted) and the model of their objects.
 */
public record Introspection(String serverVersion, int serverVersionNumber, List<String> schemas, SchemaModel model) {

    public Introspection {
        schemas = List.copyOf(schemas);
    }

    /** The {@code studio.schema.snapshot} artifact of a live database; {@code source} must be a masked URL. */
    public SchemaSnapshot toSnapshot(Instant capturedAt, String source) {
        return new SchemaSnapshot(capturedAt, source, serverVersion, schemas, model, List.of());
    }
}
