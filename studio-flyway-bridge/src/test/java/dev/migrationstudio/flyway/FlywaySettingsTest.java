package dev.migrationstudio.flyway;

import dev.migrationstudio.core.source.MigrationSourceException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FlywaySettingsTest {

    private static final Path BASE = Path.of("/project");
    private static final List<Path> ROOTS = List.of(Path.of("/project/src/main/resources"));

    @Test
    void emptyPluginConfigurationGivesFlywayDefaults() throws Exception {
        FlywaySettings settings = FlywaySettings.fromPluginConfiguration(Map.of(), BASE, ROOTS);

        assertThat(settings).isEqualTo(FlywaySettings.defaults(BASE, ROOTS));
        assertThat(settings.locations()).containsExactly("classpath:db/migration");
        assertThat(settings.sqlMigrationPrefix()).isEqualTo("V");
        assertThat(settings.repeatableSqlMigrationPrefix()).isEqualTo("R");
        assertThat(settings.undoSqlMigrationPrefix()).isEqualTo("U");
        assertThat(settings.baselineMigrationPrefix()).isEqualTo("B");
        assertThat(settings.sqlMigrationSeparator()).isEqualTo("__");
        assertThat(settings.sqlMigrationSuffixes()).containsExactly(".sql");
        assertThat(settings.encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(settings.validateMigrationNaming()).isFalse();
    }

    @Test
    void readsPluginValuesListsAndCommaSeparatedValues() throws Exception {
        FlywaySettings settings = FlywaySettings.fromPluginConfiguration(Map.of(
                "locations", List.of("filesystem:sql/ddl, filesystem:sql/data", "classpath:db/extra"),
                "sqlMigrationPrefix", List.of("M"),
                "flyway.repeatableSqlMigrationPrefix", List.of("S"),
                "sqlMigrationSeparator", List.of("-"),
                "sqlMigrationSuffixes", List.of(".pgsql,.sql"),
                "encoding", List.of("ISO-8859-1"),
                "validateMigrationNaming", List.of("TRUE"),
                "url", List.of("jdbc:postgresql://ignored/db")), BASE, ROOTS);

        assertThat(settings.locations()).containsExactly("filesystem:sql/ddl", "filesystem:sql/data", "classpath:db/extra");
        assertThat(settings.sqlMigrationPrefix()).isEqualTo("M");
        assertThat(settings.repeatableSqlMigrationPrefix()).isEqualTo("S");
        assertThat(settings.sqlMigrationSeparator()).isEqualTo("-");
        assertThat(settings.sqlMigrationSuffixes()).containsExactly(".pgsql", ".sql");
        assertThat(settings.encoding()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(settings.validateMigrationNaming()).isTrue();
        assertThat(settings.baseDir()).isEqualTo(BASE);
        assertThat(settings.classpathRoots()).isEqualTo(ROOTS);
    }

    @Test
    void badValuesNameTheSetting() {
        assertThatThrownBy(() -> FlywaySettings.fromPluginConfiguration(Map.of("encoding", List.of("UTF-9")), BASE, ROOTS))
                .isInstanceOf(MigrationSourceException.class)
                .hasMessage("Flyway setting 'encoding' names an unknown charset: 'UTF-9'; use a Java charset name such as UTF-8");
        assertThatThrownBy(() -> FlywaySettings.fromPluginConfiguration(
                Map.of("validateMigrationNaming", List.of("yes")), BASE, ROOTS))
                .hasMessage("Flyway setting 'validateMigrationNaming' must be true or false, got 'yes'");
        assertThatThrownBy(() -> FlywaySettings.fromPluginConfiguration(
                Map.of("sqlMigrationPrefix", List.of("")), BASE, ROOTS))
                .hasMessage("Flyway setting 'sqlMigrationPrefix' is empty");
        assertThatThrownBy(() -> FlywaySettings.fromPluginConfiguration(
                Map.of("sqlMigrationSeparator", List.of("__", "-")), BASE, ROOTS))
                .hasMessage("Flyway setting 'sqlMigrationSeparator' takes one value, got [__, -]");
    }

    @Test
    void locationsParseLikeFlyway() throws Exception {
        assertThat(FlywayLocation.parse("db/migration")).isEqualTo(
                new FlywayLocation("db/migration", FlywayLocation.Scheme.CLASSPATH, "db/migration"));
        assertThat(FlywayLocation.parse("classpath:/db/migration/").path()).isEqualTo("db/migration");
        assertThat(FlywayLocation.parse("filesystem:src/main/sql")).isEqualTo(
                new FlywayLocation("filesystem:src/main/sql", FlywayLocation.Scheme.FILESYSTEM, "src/main/sql"));
        assertThatThrownBy(() -> FlywayLocation.parse("filesystem:sql/**/ddl"))
                .hasMessage("Flyway setting 'locations': wildcard location 'filesystem:sql/**/ddl' is not supported yet;"
                        + " list the directories explicitly");
        assertThatThrownBy(() -> FlywayLocation.parse("gcs:bucket/migrations"))
                .hasMessageContaining("'gcs:bucket/migrations' uses a scheme Migration Studio cannot read offline");
    }
}
