package dev.migrationstudio.core.report.format;

import dev.migrationstudio.core.finding.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The console format: findings grouped by file, one line each ({@code line:col  severity  rule  message}), the safe
 * rewrite indented below. Findings about schema objects with no file are grouped last, by object id.
 */
public final class TextFormat {
    private static final String INDENT = "    ";
    private static final String REWRITE_INDENT = "        ";

    private TextFormat() {
    }

    public static List<String> render(List<Finding> findings) {
        Map<String, List<Finding>> byFile = new TreeMap<>();
        Map<String, List<Finding>> objectsOnly = new LinkedHashMap<>();
        for (Finding finding : findings.stream().sorted(TextFormat::byPosition).toList()) {
            Map<String, List<Finding>> group = finding.file() == null ? objectsOnly : byFile;
            group.computeIfAbsent(FindingsReport.groupOf(finding), k -> new ArrayList<>()).add(finding);
        }
        Map<String, List<Finding>> groups = new LinkedHashMap<>(byFile);
        groups.putAll(objectsOnly);
        List<String> lines = new ArrayList<>();
        groups.forEach((file, group) -> {
            lines.add(file);
            group.forEach(finding -> appendFinding(lines, finding));
        });
        return lines;
    }

    /** {@code file:line rule message} (or {@code objectId rule message}): one line that names where and what. */
    public static String oneLine(Finding finding) {
        return where(finding) + " " + finding.ruleId() + " " + firstLine(finding.message());
    }

    private static void appendFinding(List<String> lines, Finding finding) {
        String position = finding.file() == null ? finding.objectId() : lineAndColumn(finding);
        lines.add(INDENT + position + "  " + finding.severity().name().toLowerCase(Locale.ROOT) + "  "
                + finding.ruleId() + "  " + finding.message());
        if (finding.safeRewrite() != null && !finding.safeRewrite().isBlank()) {
            finding.safeRewrite().strip().lines().forEach(line -> lines.add(REWRITE_INDENT + line));
        }
    }

    private static String where(Finding finding) {
        if (finding.file() == null) {
            return finding.objectId();
        }
        return finding.line() == null ? finding.file() : finding.file() + ":" + finding.line();
    }

    private static String lineAndColumn(Finding finding) {
        if (finding.line() == null) {
            return "-";
        }
        return finding.column() == null ? finding.line().toString() : finding.line() + ":" + finding.column();
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("");
    }

    private static int byPosition(Finding a, Finding b) {
        int line = Integer.compare(a.line() == null ? 0 : a.line(), b.line() == null ? 0 : b.line());
        if (line != 0) {
            return line;
        }
        int column = Integer.compare(a.column() == null ? 0 : a.column(), b.column() == null ? 0 : b.column());
        return column != 0 ? column : Finding.ORDER.compare(a, b);
    }
}
