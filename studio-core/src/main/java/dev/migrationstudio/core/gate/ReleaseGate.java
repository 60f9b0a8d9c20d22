package dev.migrationstudio.core.gate;

import dev.migrationstudio.core.artifact.ArtifactId;
import dev.migrationstudio.core.finding.Finding;
import dev.migrationstudio.core.finding.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Judges the evidence of a release: lint findings, the RLS report (whose coverage gaps are error findings) and the
 * function audit. Findings at or above {@link FailOn}'s threshold block; the other warnings and errors are listed.
 * With no evidence at all the verdict is {@link GateStatus#NO_VALIDATION}: nothing was checked, so nothing passed.
 */
public final class ReleaseGate {
    /** The artifacts a complete validation produces. */
    public static final List<ArtifactId> EVIDENCE =
            List.of(ArtifactId.MIGRATION_LINT, ArtifactId.RLS_REPORT, ArtifactId.RPC_PLAN);

    private ReleaseGate() {
    }

    public static GateResult evaluate(List<GateEvidence> evidence, FailOn failOn) {
        Set<ArtifactId> present = evidence.stream().map(GateEvidence::artifact).collect(Collectors.toSet());
        List<String> missing = EVIDENCE.stream().filter(id -> !present.contains(id)).map(ArtifactId::id).toList();
        List<Finding> findings = distinct(evidence);
        List<Finding> blocking = new ArrayList<>();
        List<Finding> warnings = new ArrayList<>();
        for (Finding finding : findings) {
            if (failOn.blocks(finding.severity())) {
                blocking.add(finding);
            } else if (finding.severity().isAtLeast(Severity.WARNING)) {
                warnings.add(finding);
            }
        }
        GateStatus status = evidence.isEmpty() ? GateStatus.NO_VALIDATION
                : blocking.isEmpty() ? GateStatus.PASS : GateStatus.FAIL;
        List<GateResult.EvidenceUsed> used = evidence.stream()
                .map(e -> new GateResult.EvidenceUsed(e.artifact().id(), e.producedAt(), e.findings().size()))
                .toList();
        return new GateResult(status, failOn.id(), used, missing, countBySeverity(findings), blocking, warnings);
    }

    /** Every finding once (the same fingerprint from two artifacts counts once), in report order. */
    private static List<Finding> distinct(List<GateEvidence> evidence) {
        Map<String, Finding> byFingerprint = new LinkedHashMap<>();
        evidence.stream().flatMap(e -> e.findings().stream())
                .forEach(f -> byFingerprint.putIfAbsent(f.ruleId() + '/' + f.fingerprint(), f));
        return byFingerprint.values().stream().sorted(Finding.ORDER).toList();
    }

    private static Map<String, Integer> countBySeverity(List<Finding> findings) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Severity severity : Severity.values()) {
            counts.put(severity.name().toLowerCase(Locale.ROOT), 0);
        }
        findings.forEach(f -> counts.merge(f.severity().name().toLowerCase(Locale.ROOT), 1, Integer::sum));
        return counts;
    }
}
