package dev.migrationstudio.flyway;

import dev.migrationstudio.core.testing.TestDatabase;
import dev.migrationstudio.core.source.MigrationScript;
import dev.migrationstudio.flyway.FlywayMigrationRunner.MigrationStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our offline order against Flyway's own: each fixture is migrated into an empty embedded PostgreSQL database by
 * Flyway, and the applied history (in installed order) must be exactly what the source returned.
 */
class FlywayOrderDifferentialTest {

    /** One line per migration, comparable between the two sides. */
    private record Entry(String version, String description, String script) {
    }

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("ordering", Fixtures.filesystem("ordering")),
                Arguments.of("baseline", Fixtures.filesystem("baseline")),
                Arguments.of("custom-naming", Fixtures.filesystem("custom-naming")
                        .withNaming("M", "S", "X", "-", List.of(".pgsql", ".sql"))),
                Arguments.of("classpath", FlywaySettings.defaults(Fixtures.ROOT, List.of(
                        Fixtures.ROOT.resolve("classpath/resources"), Fixtures.ROOT.resolve("classpath/classes")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void appliesInTheOrderFlywayDoes(String fixture, FlywaySettings settings) throws Exception {
        List<Entry> ours = new FlywayMigrationSource(settings).scripts().stream()
                .map(FlywayOrderDifferentialTest::entry)
                .toList();

        FlywayMigrationRunner runner = new FlywayMigrationRunner(TestDatabase.create().jdbcUrl(), "postgres", null, settings);
        runner.migrate();
        List<Entry> flyways = runner.info().stream()
                .filter(MigrationStatus::applied)
                .map(status -> new Entry(status.version(), status.description(), status.script()))
                .toList();

        assertThat(ours).isNotEmpty().isEqualTo(flyways);
    }

    private static Entry entry(MigrationScript script) {
        return new Entry(script.version(), script.description(), script.id());
    }
}
