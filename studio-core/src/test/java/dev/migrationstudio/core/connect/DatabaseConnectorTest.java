package dev.migrationstudio.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrationstudio.core.testing.TestBinaries;
import dev.migrationstudio.core.testing.TestDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every way a connection can fail names the setting to fix, and never shows the password. */
class DatabaseConnectorTest {
    private static final String SECRET = "Corr3ct-Horse";
    private static EmbeddedPostgres passwordServer;

    /** A server that, unlike the shared test server, checks passwords (scram) on TCP connections. */
    @BeforeAll
    static void startServerThatChecksPasswords() throws Exception {
        passwordServer = EmbeddedPostgres.builder()
                .setPgBinaryResolver((system, hardware) -> TestBinaries.archive())
                .setDataDirectoryCustomizer(dataDirectory -> {
                    try {
                        Files.writeString(dataDirectory.toPath().resolve("pg_hba.conf"),
                                "local all all trust\nhost all postgres 127.0.0.1/32 trust\n"
                                        + "host all all 127.0.0.1/32 scram-sha-256\nhost all all ::1/128 scram-sha-256\n");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .start();
        try (Connection connection = passwordServer.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE app LOGIN PASSWORD '" + SECRET + "'");
        }
    }

    @AfterAll
    static void stop() throws IOException {
        passwordServer.close();
    }

    private static ConnectionSettings settings(String url, String user, String password) {
        return new ConnectionSettings(url, user, password, Duration.ofSeconds(3), "studio.url");
    }

    private static String passwordServerUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + passwordServer.getPort() + "/" + database;
    }

    @Test
    void connectsWithTheRightPassword() throws Exception {
        try (Connection connection = DatabaseConnector.connect(settings(passwordServerUrl("postgres"), "app", SECRET))) {
            assertThat(connection.isValid(2)).isTrue();
        }
    }

    @Test
    void wrongPasswordNamesTheCredentialSettings() {
        assertThatThrownBy(() -> DatabaseConnector.connect(settings(passwordServerUrl("postgres"), "app", "wrong-pw")))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageStartingWith("Authentication failed for user 'app' at jdbc:postgresql://127.0.0.1:")
                .hasMessageContaining("studio.password")
                .hasMessageNotContaining("wrong-pw");
    }

    @Test
    void unknownDatabaseNamesTheUrl() {
        String url = TestDatabase.create().jdbcUrl().replaceFirst("/[a-z0-9_]+\\?", "/no_such_db?");
        assertThatThrownBy(() -> DatabaseConnector.connect(settings(url, "postgres", null)))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("does not exist. Fix the database name in studio.url");
    }

    @Test
    void unreachableHostFailsFastAndMasksThePasswordInTheUrl() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/app?password=" + SECRET;
        long started = System.nanoTime();
        assertThatThrownBy(() -> DatabaseConnector.connect(settings(url, "app", SECRET)))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageStartingWith("Cannot reach the database at jdbc:postgresql://127.0.0.1:" + closedPort
                        + "/app?password=**** (from studio.url) within 3 s")
                .hasMessageNotContaining(SECRET);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aNonPostgresUrlIsRejectedBeforeConnecting() {
        assertThatThrownBy(() -> DatabaseConnector.connect(settings("jdbc:mysql://db/app", "u", "p")))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("is not a PostgreSQL JDBC URL");
    }
}
