package dev.migrationstudio.core.gate;

import dev.migrationstudio.core.artifact.ArtifactId;
import dev.migrationstudio.core.finding.Finding;
import java.time.Instant;
import java.util.List;

/** One artifact the gate judges: which one, when it was produced (null when just computed), and its findings. */
public record GateEvidence(ArtifactId artifact, Instant producedAt, List<Finding> findings) {
    public GateEvidence {
        if (artifact == null) {
            throw new IllegalArgumentException("Evidence needs the artifact it comes from");
        }
        findings = List.copyOf(findings);
    }
}
