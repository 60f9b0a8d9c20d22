package dev.migrationstudio.core.lint;

import dev.migrationstudio.core.finding.Finding;
import dev.migrationstudio.core.finding.Severity;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The data of the {@code studio.migration.lint} artifact: every finding in {@link Finding#ORDER}, counts by rule
 * and severity, and how much of the history was linted (the rest was before the baseline).
 */
public record LintReport(
        List<Finding> findings,
        Map<String, Integer> countsByRule,
        Map<Severity, Integer> countsBySeverity,
        int scriptsLinted,
        int scriptsSkipped,
        int statementsLinted) {

    public LintReport {
        findings = findings.stream().sorted(Finding.ORDER).toList();
        countsByRule = Map.copyOf(countsByRule);
        countsBySeverity = Map.copyOf(countsBySeverity);
    }

    static LintReport of(List<Finding> findings, int scriptsLinted, int scriptsSkipped, int statementsLinted) {
        Map<String, Integer> byRule = new TreeMap<>();
        Map<Severity, Integer> bySeverity = new TreeMap<>();
        for (Finding finding : findings) {
            byRule.merge(finding.ruleId(), 1, Integer::sum);
            bySeverity.merge(finding.severity(), 1, Integer::sum);
        }
        return new LintReport(findings, byRule, bySeverity, scriptsLinted, scriptsSkipped, statementsLinted);
    }

    /** The findings of {@code threshold} or worse ({@code ERROR} gives errors only). */
    public List<Finding> atLeast(Severity threshold) {
        return findings.stream().filter(f -> f.severity().isAtLeast(threshold)).toList();
    }
}
