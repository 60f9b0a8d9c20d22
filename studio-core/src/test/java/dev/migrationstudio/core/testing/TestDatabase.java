package dev.migrationstudio.core.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A fresh, empty database on the shared embedded server; {@link #close()} drops it. Typical use:
 * <pre>{@code
 * try (TestDatabase db = TestDatabase.create()) {
 *     db.execute("CREATE TABLE t (id int)");
 *     try (Connection c = db.connection()) { ... }
 * }
 * }</pre>
 * or let {@link FreshDatabaseExtension} inject one per test method.
 */
public final class TestDatabase implements AutoCloseable {
    public static final String USER = "postgres";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final String name;
    private final DataSource dataSource;
    /** The simple query protocol hands a whole script to the server, which splits it (BEGIN ATOMIC, $$ ...). */
    private final DataSource scriptDataSource;

    private TestDatabase(String name) {
        this.name = name;
        this.dataSource = EmbeddedPostgresServer.get().getDatabase(USER, name);
        this.scriptDataSource = EmbeddedPostgresServer.get().getDatabase(USER, name, Map.of("preferQueryMode", "simple"));
    }

    public static TestDatabase create() {
        String name = "test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        runOnAdminDatabase("CREATE DATABASE " + name);
        return new TestDatabase(name);
    }

    public String name() {
        return name;
    }

    public String jdbcUrl() {
        return EmbeddedPostgresServer.get().getJdbcUrl(USER, name);
    }

    public int port() {
        return EmbeddedPostgresServer.get().getPort();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** A new connection in auto-commit mode; the caller closes it. */
    public Connection connection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to test database " + name, e);
        }
    }

    /** Runs a SQL script (one or more statements) in auto-commit mode. */
    public void execute(String sql) {
        try (Connection connection = scriptDataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed in test database " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        runOnAdminDatabase("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void runOnAdminDatabase(String sql) {
        try (Connection connection = EmbeddedPostgresServer.get().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on the embedded server: " + e.getMessage(), e);
        }
    }
}
