package dev.migrationstudio.core.artifact;

/** The artifact ids of the seed, all at version 1.0.0. */
public enum ArtifactId {
    SCHEMA_SNAPSHOT("studio.schema.snapshot"),
    SQL_AST("studio.sql.ast"),
    INTENT_SYNC_REPORT("studio.intent.sync-report"),
    INTENT_GRAPH("studio.intent.graph"),
    WORKFLOW_RUN("studio.workflow.run"),
    RLS_PLAN("studio.rls.plan"),
    RLS_REPORT("studio.rls.report"),
    RPC_PLAN("studio.rpc.plan"),
    MIGRATION_PLAN("studio.migration.plan"),
    MIGRATION_LINT("studio.migration.lint"),
    RELEASE_GATE("studio.release.gate"),
    APPLY_LOG("studio.apply.log");

    public static final String VERSION = "1.0.0";

    private final String id;

    ArtifactId(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }
}
