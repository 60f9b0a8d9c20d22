package dev.migrationstudio.core.shadow;

import dev.migrationstudio.core.connect.DatabaseUnavailableException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * The embedded PostgreSQL server that stands in for a database when no URL is given. It lives for one goal:
 * {@link #close()} stops the server and deletes its data directory. A JVM shutdown hook does the same when the
 * build is interrupted, and a later start reaps servers left by a killed JVM.
 */
public final class ShadowDatabase implements AutoCloseable {
    private static final String DATABASE = "shadow";

    private final EmbeddedPostgres server;

    private ShadowDatabase(EmbeddedPostgres server) {
        this.server = server;
    }

    /**
     * Starts a server from {@code binaries}, extracting them under {@code workDirectory} (a cache shared by runs).
     */
    public static ShadowDatabase start(PostgresBinaries binaries, Path workDirectory, Duration startupWait)
            throws DatabaseUnavailableException {
        EmbeddedPostgres server;
        try {
            binaries.verify();
            server = EmbeddedPostgres.builder()
                    .setPgBinaryResolver(binaries.resolver())
                    .setOverrideWorkingDirectory(workDirectory.toFile())
                    .setPGStartupWait(startupWait)
                    .setCleanDataDirectory(true)
                    .setRegisterShutdownHook(true)
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setOutputRedirector(Redirect.DISCARD)
                    .setErrorRedirector(Redirect.DISCARD)
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new DatabaseUnavailableException(startFailure(binaries, e), e);
        }
        ShadowDatabase shadow = new ShadowDatabase(server);
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            shadow.close();
            throw new DatabaseUnavailableException("The shadow database started but could not be prepared: "
                    + e.getMessage(), e);
        }
        return shadow;
    }

    private static String startFailure(PostgresBinaries binaries, Exception e) {
        String reason = String.valueOf(e.getMessage());
        Throwable cause = e.getCause();
        while (cause != null) {
            reason = reason + ": " + cause.getMessage();
            cause = cause.getCause();
        }
        String hint = reason.contains("cannot be run as root")
                ? " PostgreSQL refuses to run as root and this machine blocks user namespaces (unshare -U), which"
                  + " the embedded server uses to drop privileges. Run Maven as a non-root user, or give a live"
                  + " database with studio.url."
                : " Give a live database with studio.url, or check that " + binaries.jar() + " is a complete download.";
        return "Cannot start the embedded PostgreSQL " + binaries.version() + " (shadow database): " + reason + "."
                + hint;
    }

    public String jdbcUrl() {
        return server.getJdbcUrl("postgres", DATABASE);
    }

    public Connection connect() throws SQLException {
        return server.getDatabase("postgres", DATABASE).getConnection();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // The data directory is deleted by the shutdown hook if the server could not be stopped here.
        }
    }
}
