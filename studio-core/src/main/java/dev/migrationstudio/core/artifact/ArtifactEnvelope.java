package dev.migrationstudio.core.artifact;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;

/** What every artifact file holds: {@code {id, version, producedBy, producedAt, data}}. */
@JsonPropertyOrder({"id", "version", "producedBy", "producedAt", "data"})
public record ArtifactEnvelope<T>(String id, String version, String producedBy, Instant producedAt, T data) {
}
