package dev.migrationstudio.liquibase;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Locates the test fixture directories under {@code src/test/resources}. */
final class Fixtures {

    private Fixtures() {
    }

    static Path dir(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sample project: XML root with YAML, JSON, formatted-SQL includes and an includeAll directory. */
    static LiquibaseSettings project(String contexts, String labels) {
        return new LiquibaseSettings("db/changelog/master.xml", dir("project"), contexts, labels);
    }
}
