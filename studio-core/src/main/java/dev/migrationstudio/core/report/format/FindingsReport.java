package dev.migrationstudio.core.report.format;

import dev.migrationstudio.core.finding.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What every output format renders: who produced it ({@code toolName}, {@code toolVersion}), the rules that ran, the
 * files that were read (so JUnit can report a passing test for a clean file) and the findings, in stable order.
 */
public record FindingsReport(String toolName, String toolVersion, List<RuleInfo> rules, List<String> files,
                             List<Finding> findings) {

    /** Where findings about schema objects with no known file are grouped (text and JUnit). */
    public static final String SCHEMA_OBJECTS = "(schema objects)";

    public FindingsReport {
        rules = List.copyOf(rules);
        files = List.copyOf(files);
        findings = findings.stream().sorted(Finding.ORDER).toList();
    }

    /** The declared rules, then one derived entry for every rule a finding names that the list lacks. */
    public List<RuleInfo> allRules() {
        Map<String, RuleInfo> byId = new LinkedHashMap<>();
        rules.forEach(rule -> byId.putIfAbsent(rule.id(), rule));
        findings.forEach(finding -> byId.computeIfAbsent(finding.ruleId(), RuleInfo::of));
        return new ArrayList<>(byId.values());
    }

    /** The files read plus the files findings point into, sorted. */
    public List<String> allFiles() {
        TreeSet<String> all = new TreeSet<>(files);
        findings.stream().map(Finding::file).filter(f -> f != null).forEach(all::add);
        return new ArrayList<>(all);
    }

    /** The file a finding belongs to, or {@link #SCHEMA_OBJECTS} for a finding about a schema object only. */
    public static String groupOf(Finding finding) {
        return finding.file() == null ? SCHEMA_OBJECTS : finding.file();
    }
}
