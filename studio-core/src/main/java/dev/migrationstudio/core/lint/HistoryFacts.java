package dev.migrationstudio.core.lint;

import dev.migrationstudio.core.schema.Grant;
import dev.migrationstudio.core.schema.SchemaModel;
import dev.migrationstudio.core.source.MigrationScript;
import java.util.List;
import java.util.Set;

/** What every script's lint shares about the whole history. */
record HistoryFacts(List<MigrationScript> scripts, SchemaModel finalModel, boolean rlsRequired) {
    private static final Set<String> API_ROLES = Set.of("anon", "authenticated");

    static HistoryFacts of(List<MigrationScript> scripts, SchemaModel finalModel, LintConfig config) {
        boolean rls = config.rlsRequired() != null ? config.rlsRequired() : usesRls(finalModel);
        return new HistoryFacts(List.copyOf(scripts), finalModel, rls);
    }

    /** A project that enables RLS anywhere, writes policies or grants to the API roles relies on RLS. */
    private static boolean usesRls(SchemaModel model) {
        return model.tables().stream().anyMatch(t -> t.rlsEnabled())
                || !model.policies().isEmpty()
                || model.grants().stream().map(Grant::grantee).anyMatch(API_ROLES::contains);
    }
}
