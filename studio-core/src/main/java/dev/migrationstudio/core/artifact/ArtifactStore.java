package dev.migrationstudio.core.artifact;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.migrationstudio.core.io.AtomicFiles;
import dev.migrationstudio.core.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Artifacts at {@code <root>/<id>/<version>/latest.json}, written atomically: a temp file in the same
 * directory, then an atomic move, so a reader sees the old file or the new one, never half of one.
 */
public final class ArtifactStore {
    private final Path root;
    private final String producedBy;
    private final Clock clock;

    public ArtifactStore(Path root, String producedBy) {
        this(root, producedBy, Clock.systemUTC());
    }

    public ArtifactStore(Path root, String producedBy, Clock clock) {
        this.root = root;
        this.producedBy = producedBy;
        this.clock = clock;
    }

    public Path root() {
        return root;
    }

    public Path pathOf(ArtifactId id) {
        return root.resolve(id.id()).resolve(ArtifactId.VERSION).resolve("latest.json");
    }

    /** Writes {@code data} under {@code id} and returns the file written. */
    public <T> Path write(ArtifactId id, T data) throws IOException {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ArtifactEnvelope<T> envelope = new ArtifactEnvelope<>(id.id(), ArtifactId.VERSION, producedBy, now, data);
        Path target = pathOf(id);
        AtomicFiles.replace(target, out -> Json.mapper().writeValue(out, envelope));
        return target;
    }

    /** Reads the artifact if it exists. */
    public <T> Optional<ArtifactEnvelope<T>> read(ArtifactId id, Class<T> dataType) throws IOException {
        Path file = pathOf(id);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        ObjectMapper mapper = Json.mapper();
        JavaType type = mapper.getTypeFactory().constructParametricType(ArtifactEnvelope.class, dataType);
        try {
            return Optional.of(mapper.readValue(file.toFile(), type));
        } catch (IOException e) {
            throw new IOException("Cannot read artifact " + file + ": " + e.getMessage()
                    + " (delete it and run the goal that produces it again)", e);
        }
    }

}
