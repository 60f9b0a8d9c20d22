package dev.migrationstudio.core.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Injects a fresh {@link TestDatabase} into every test method or constructor parameter of that type and drops
 * it after the test: {@code @ExtendWith(FreshDatabaseExtension.class) ... void test(TestDatabase db)}.
 */
public final class FreshDatabaseExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(FreshDatabaseExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        TestDatabase database = TestDatabase.create();
        // JUnit closes AutoCloseable store values when the test's context ends, which drops the database.
        context.getStore(NAMESPACE).put(database.name(), database);
        return database;
    }
}
