package dev.migrationstudio.flyway;

import java.nio.file.Path;
import java.util.List;

/** The fixture projects under {@code src/test/resources/fixtures}. */
final class Fixtures {

    static final Path ROOT = Path.of("src/test/resources/fixtures").toAbsolutePath();

    private Fixtures() {
    }

    /** Default Flyway settings for a project whose base directory is {@code fixtures/}, reading {@code filesystem:<name>}. */
    static FlywaySettings filesystem(String name) {
        return FlywaySettings.defaults(ROOT, List.of()).withLocations(List.of("filesystem:" + name));
    }
}
