package dev.migrationstudio.core.audit;

import dev.migrationstudio.core.audit.rls.RlsAudit;
import dev.migrationstudio.core.audit.rls.RlsAuditResult;
import dev.migrationstudio.core.audit.rls.RlsReport;
import dev.migrationstudio.core.audit.rpc.RpcAudit;
import dev.migrationstudio.core.audit.rpc.RpcPlan;
import dev.migrationstudio.core.history.HistoryAnalysis;
import dev.migrationstudio.core.history.ObjectLocations;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The schema audits over a history read statically (no server): the model the migrations declare, audited, with each
 * finding pointed at the migration that declares its object, so that a reader can open the file at the line.
 */
public final class HistoryAudits {
    private final HistoryAnalysis analysis;
    private final AuditScope scope;
    private final ObjectLocations locations;

    public HistoryAudits(HistoryAnalysis analysis, AuditScope scope, Function<Path, String> fileName) {
        this.analysis = analysis;
        this.scope = scope;
        this.locations = ObjectLocations.of(analysis, fileName);
    }

    public RlsAuditResult rls() {
        RlsAuditResult result = RlsAudit.run(analysis.model(), scope);
        RlsReport report = result.report();
        return new RlsAuditResult(new RlsReport(report.exposedSchemas(), report.tables(),
                locations.locateAll(report.findings())), result.plan());
    }

    public RpcPlan rpc() {
        RpcPlan plan = RpcAudit.run(analysis.model(), scope);
        return new RpcPlan(plan.exposedSchemas(), plan.routines(), locations.locateAll(plan.findings()),
                plan.statements());
    }
}
