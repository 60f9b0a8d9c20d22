package dev.migrationstudio.core.audit.rls;

import dev.migrationstudio.core.finding.Finding;
import java.util.List;

/** The data of the {@code studio.rls.report} artifact: every audited table and every finding, in stable order. */
public record RlsReport(List<String> exposedSchemas, List<TableRlsStatus> tables, List<Finding> findings) {
    public RlsReport {
        exposedSchemas = List.copyOf(exposedSchemas);
        tables = List.copyOf(tables);
        findings = List.copyOf(findings);
    }
}
