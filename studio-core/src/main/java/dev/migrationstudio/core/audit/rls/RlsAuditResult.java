package dev.migrationstudio.core.audit.rls;

/** What {@link RlsAudit} produces: the report and the plan. */
public record RlsAuditResult(RlsReport report, RlsPlan plan) {
}
