package dev.migrationstudio.core.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JavaType;
import dev.migrationstudio.core.artifact.ArtifactEnvelope;
import dev.migrationstudio.core.artifact.ArtifactId;
import dev.migrationstudio.core.artifact.ArtifactStore;
import dev.migrationstudio.core.finding.Finding;
import dev.migrationstudio.core.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the gate's evidence from the artifacts on disk. Every evidence artifact holds its findings under
 * {@code data.findings} (the lint report, the RLS report, the RPC plan), so the reader needs no other part of them.
 */
public final class GateEvidenceReader {
    private final ArtifactStore store;

    public GateEvidenceReader(ArtifactStore store) {
        this.store = store;
    }

    /** The evidence artifacts that exist, in {@link ReleaseGate#EVIDENCE} order. */
    public List<GateEvidence> readAll() throws IOException {
        List<GateEvidence> evidence = new ArrayList<>();
        for (ArtifactId id : ReleaseGate.EVIDENCE) {
            read(id).ifPresent(evidence::add);
        }
        return evidence;
    }

    public Optional<GateEvidence> read(ArtifactId id) throws IOException {
        Optional<ArtifactEnvelope<JsonNode>> envelope = store.read(id, JsonNode.class);
        if (envelope.isEmpty()) {
            return Optional.empty();
        }
        JsonNode findings = envelope.get().data() == null ? null : envelope.get().data().get("findings");
        if (findings == null || !findings.isArray()) {
            throw new IOException("Artifact " + store.pathOf(id) + " has no findings list (delete it and run the goal"
                    + " that produces it again)");
        }
        JavaType listOfFindings = Json.mapper().getTypeFactory().constructCollectionType(List.class, Finding.class);
        try {
            List<Finding> list = Json.mapper().convertValue(findings, listOfFindings);
            return Optional.of(new GateEvidence(id, envelope.get().producedAt(), list));
        } catch (IllegalArgumentException e) {
            throw new IOException("Artifact " + store.pathOf(id) + " holds a finding the gate cannot read: "
                    + e.getMessage() + " (delete it and run the goal that produces it again)", e);
        }
    }
}
