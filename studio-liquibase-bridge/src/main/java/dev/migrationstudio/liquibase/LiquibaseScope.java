package dev.migrationstudio.liquibase;

import liquibase.Scope;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.logging.core.NoOpLogService;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;

import java.util.HashMap;
import java.util.Map;

/**
 * Runs Liquibase work in a scope of our own: the project's resource accessor, no console or log output (failures
 * reach the caller as exceptions with our own message), and no anonymous usage analytics (no network call).
 */
final class LiquibaseScope {

    private LiquibaseScope() {
    }

    static <T> T call(ResourceAccessor resourceAccessor, Scope.ScopedRunnerWithReturn<T> body) throws Exception {
        Map<String, Object> values = new HashMap<>();
        values.put(Scope.Attr.resourceAccessor.name(), resourceAccessor);
        values.put(Scope.Attr.logService.name(), new NoOpLogService());
        values.put(Scope.Attr.ui.name(), new LoggerUIService());
        values.put(AnalyticsArgs.ENABLED.getKey(), Boolean.FALSE);
        return Scope.child(values, body);
    }
}
