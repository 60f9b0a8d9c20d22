package dev.migrationstudio.core.lint;

import dev.migrationstudio.core.schema.Grant;
import dev.migrationstudio.core.schema.SchemaModel;
import dev.migrationstudio.core.source.MigrationScript;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What every script's lint shares about the whole history, and facts that rules derive from the whole history,
 * computed once per lint run (not once per script: that would make a history-wide rule quadratic).
 */
record HistoryFacts(List<MigrationScript> scripts, SchemaModel finalModel, boolean rlsRequired,
        Map<Function<?, ?>, Object> derived) {
    private static final Set<String> API_ROLES = Set.of("anon", "authenticated");

    static HistoryFacts of(List<MigrationScript> scripts, SchemaModel finalModel, LintConfig config) {
        boolean rls = config.rlsRequired() != null ? config.rlsRequired() : usesRls(finalModel);
        return new HistoryFacts(List.copyOf(scripts), finalModel, rls, new ConcurrentHashMap<>());
    }

    /** {@code fact} of every script, computed on first use; {@code fact} must be one constant of its rule. */
    @SuppressWarnings("unchecked")
    <T> T ofScripts(Function<List<MigrationScript>, T> fact) {
        return (T) derived.computeIfAbsent(fact, f -> fact.apply(scripts));
    }

    /** {@code fact} of the final model, computed on first use; {@code fact} must be one constant of its rule. */
    @SuppressWarnings("unchecked")
    <T> T ofFinalModel(Function<SchemaModel, T> fact) {
        return (T) derived.computeIfAbsent(fact, f -> fact.apply(finalModel));
    }

    /** A project that enables RLS anywhere, writes policies or grants to the API roles relies on RLS. */
    private static boolean usesRls(SchemaModel model) {
        return model.tables().stream().anyMatch(t -> t.rlsEnabled())
                || !model.policies().isEmpty()
                || model.grants().stream().map(Grant::grantee).anyMatch(API_ROLES::contains);
    }
}
