package dev.migrationstudio.maven;

import dev.migrationstudio.core.artifact.ArtifactId;
import dev.migrationstudio.core.artifact.ArtifactStamp;
import dev.migrationstudio.core.finding.Finding;
import dev.migrationstudio.core.gate.GateEvidence;
import java.io.Serializable;
import java.util.List;

/**
 * What a validate goal keeps of a run for the next one over the same history with the same settings: the findings
 * of each piece of evidence and the artifacts it wrote (reused only while each is still as written).
 */
record ValidationResult(List<Evidence> evidence, List<ArtifactStamp> artifacts) implements Serializable {

    record Evidence(ArtifactId artifact, List<Finding> findings) implements Serializable {
        Evidence {
            findings = List.copyOf(findings);
        }
    }

    ValidationResult {
        evidence = List.copyOf(evidence);
        artifacts = List.copyOf(artifacts);
    }

    static ValidationResult of(List<GateEvidence> evidence, List<ArtifactStamp> artifacts) {
        return new ValidationResult(evidence.stream().map(e -> new Evidence(e.artifact(), e.findings())).toList(),
                artifacts);
    }

    boolean isCurrent() {
        return artifacts.stream().allMatch(ArtifactStamp::isCurrent);
    }

    List<GateEvidence> gateEvidence() {
        return evidence.stream().map(e -> new GateEvidence(e.artifact(), null, e.findings())).toList();
    }
}
