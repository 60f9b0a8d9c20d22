package dev.migrationstudio.core.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one embedded PostgreSQL of this JVM: started on first use, stopped by zonky's shutdown hook at JVM exit.
 * Tuned for tests (no fsync), never for data that matters.
 */
public final class EmbeddedPostgresServer {
    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {
    }

    /** Starts the server the first time it is asked for. */
    public static synchronized EmbeddedPostgres get() {
        if (server == null) {
            server = start();
        }
        return server;
    }

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "200")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL for tests. As root it needs user"
                    + " namespaces (unshare -U); 'initdb: cannot be run as root' means they are blocked here.", e);
        }
    }
}
