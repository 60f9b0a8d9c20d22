package dev.migrationstudio.core.audit.rls;

import dev.migrationstudio.core.audit.AuditScope;
import dev.migrationstudio.core.finding.Finding;
import dev.migrationstudio.core.schema.SchemaModel;
import java.util.List;

/**
 * The row-level-security audit of a schema model: a pure function, no database. Audits every table outside the
 * scope's ignored schemas; the plan covers the tables in exposed schemas.
 */
public final class RlsAudit {
    private static final List<RlsCheck> CHECKS = List.of(
            new RlsDisabledInExposedSchemaCheck(),
            new PolicyExistsRlsDisabledCheck(),
            new RlsEnabledNoPolicyCheck(),
            new RestrictiveOnlyCheck(),
            new PolicyAlwaysTrueCheck(),
            new UserMetadataPolicyCheck(),
            new DefinerBypassesRlsCheck());

    private RlsAudit() {
    }

    public static RlsAuditResult run(SchemaModel model, AuditScope scope) {
        RlsContext context = RlsContext.of(model, scope);
        List<Finding> findings = CHECKS.stream().flatMap(c -> c.findings(context)).sorted(Finding.ORDER).toList();
        List<TableRlsStatus> tables = context.tables().stream().map(context::statusOf).toList();
        RlsReport report = new RlsReport(List.copyOf(scope.exposedSchemas()), tables, findings);
        return new RlsAuditResult(report, PolicyPlanner.plan(context));
    }

    /** The ids of the rules this audit reports. */
    public static List<String> ruleIds() {
        return CHECKS.stream().map(RlsCheck::ruleId).toList();
    }
}
