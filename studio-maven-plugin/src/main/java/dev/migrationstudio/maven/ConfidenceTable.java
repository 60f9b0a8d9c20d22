package dev.migrationstudio.maven;

import dev.migrationstudio.core.intent.ManagedStatus;
import dev.migrationstudio.core.intent.ObjectMatch;
import dev.migrationstudio.core.intent.SyncReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The sync report as console lines: one object a line, lowest confidence first, with what drifted. */
final class ConfidenceTable {
    private ConfidenceTable() {
    }

    static List<String> lines(SyncReport report) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-10s %-9s %-15s %-8s %s", "confidence", "status", "presence", "type", "object"));
        report.all().sorted(Comparator.comparing(ObjectMatch::confidence).thenComparing(ObjectMatch::id))
                .forEach(match -> {
                    lines.add(String.format("%-10s %-9s %-15s %-8s %s", match.confidence().toPlainString(),
                            ManagedStatus.fromConfidence(match.confidence()).json(), match.presence().json(),
                            match.objectType().json(), match.id()));
                    match.driftDetails().forEach(detail -> lines.add("           - " + detail));
                });
        lines.add(summary(report));
        return lines;
    }

    static String summary(SyncReport report) {
        return report.summary().objects() + " objects: " + report.summary().matched() + " matched, "
                + report.summary().unmatchedDb() + " only in the database, " + report.summary().unmatchedIntent()
                + " only in the migrations, " + report.summary().drifted() + " drifted; average confidence "
                + report.summary().averageConfidence().toPlainString();
    }
}
