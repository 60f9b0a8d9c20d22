package dev.migrationstudio.flyway;

import dev.migrationstudio.core.testing.TestDatabase;
import dev.migrationstudio.flyway.FlywayMigrationRunner.AppliedMigration;
import dev.migrationstudio.flyway.FlywayMigrationRunner.MigrationStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FlywayMigrationRunnerTest {

    @Test
    void migratesPendingScriptsAndReportsThemInInfo(@TempDir Path project) throws Exception {
        Path sql = Files.createDirectories(project.resolve("sql"));
        Files.writeString(sql.resolve("V1__create_t.sql"), "CREATE TABLE t (id int PRIMARY KEY, email text);");
        Files.writeString(sql.resolve("V2__index_t.sql"), "CREATE INDEX CONCURRENTLY t_email_idx ON t (email);");
        Files.writeString(sql.resolve("V2__index_t.sql.conf"), "executeInTransaction=false");
        FlywaySettings settings = FlywaySettings.defaults(project, List.of()).withLocations(List.of("filesystem:sql"));
        String url = TestDatabase.create().jdbcUrl();
        FlywayMigrationRunner runner = new FlywayMigrationRunner(url, "postgres", null, settings);

        assertThat(runner.info()).extracting(MigrationStatus::version, MigrationStatus::state)
                .containsExactly(tuple("1", "Pending"), tuple("2", "Pending"));

        // The concurrent index would wait on Flyway's own lock transaction without transactional.lock=false.
        assertThat(runner.migrate()).extracting(AppliedMigration::version).containsExactly("1", "2");
        assertThat(indexExists(url, "t_email_idx")).isTrue();

        Files.writeString(sql.resolve("V3__add_name.sql"), "ALTER TABLE t ADD COLUMN name text;");
        assertThat(runner.info()).extracting(MigrationStatus::version, MigrationStatus::state)
                .containsExactly(tuple("1", "Success"), tuple("2", "Success"), tuple("3", "Pending"));
        assertThat(runner.migrate()).extracting(AppliedMigration::version, AppliedMigration::description)
                .containsExactly(tuple("3", "add name"));
        assertThat(runner.migrate()).isEmpty();
    }

    @Test
    void failureNamesTheScriptAndMasksThePassword(@TempDir Path project) throws Exception {
        Path sql = Files.createDirectories(project.resolve("sql"));
        Files.writeString(sql.resolve("V1__broken.sql"), "CREATE TABLE broken (id int;");
        FlywaySettings settings = FlywaySettings.defaults(project, List.of()).withLocations(List.of("filesystem:sql"));
        String url = TestDatabase.create().jdbcUrl() + "&password=s3cret";
        // The embedded server trusts local connections, so the password is accepted and ignored.
        FlywayMigrationRunner runner = new FlywayMigrationRunner(url, "postgres", "s3cret", settings);

        assertThatThrownBy(runner::migrate)
                .isInstanceOf(FlywayRunException.class)
                .hasMessageStartingWith("Flyway migrate failed on jdbc:postgresql://")
                .hasMessageContaining("password=****")
                .hasMessageContaining("V1__broken.sql")
                .hasMessageNotContaining("s3cret");
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    private static boolean indexExists(String url, String index) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "postgres", null);
             ResultSet rows = connection.createStatement().executeQuery(
                     "SELECT indisvalid FROM pg_index WHERE indexrelid = '" + index + "'::regclass")) {
            return rows.next() && rows.getBoolean(1);
        }
    }
}
