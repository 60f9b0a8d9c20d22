package dev.migrationstudio.core.gate;

import dev.migrationstudio.core.finding.Finding;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The data of the {@code studio.release.gate} artifact: the verdict, the threshold it applied, the evidence it read
 * and the evidence it missed, counts per severity, the findings that block and the warnings that do not.
 */
public record GateResult(
        GateStatus status,
        String failOn,
        List<EvidenceUsed> evidence,
        List<String> missingEvidence,
        Map<String, Integer> findingsBySeverity,
        List<Finding> blocking,
        List<Finding> warnings) {

    /** An artifact the gate read: its id, when it was produced, how many findings it held. */
    public record EvidenceUsed(String artifact, Instant producedAt, int findings) {
    }

    public GateResult {
        evidence = List.copyOf(evidence);
        missingEvidence = List.copyOf(missingEvidence);
        findingsBySeverity = Map.copyOf(findingsBySeverity);
        blocking = List.copyOf(blocking);
        warnings = List.copyOf(warnings);
    }

    /** One sentence for the console. */
    public String summary() {
        return switch (status) {
            case NO_VALIDATION -> "Release gate: no_validation: no evidence found (expected "
                    + String.join(", ", missingEvidence) + ")";
            case FAIL -> "Release gate: fail (failOn=" + failOn + "): " + blocking.size() + " blocking finding(s), "
                    + warnings.size() + " warning(s)";
            case PASS -> "Release gate: pass (failOn=" + failOn + "): " + warnings.size() + " warning(s)";
        };
    }
}
