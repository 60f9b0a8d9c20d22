package dev.migrationstudio.core.introspect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One READ ONLY, REPEATABLE READ transaction on the caller's connection (a consistent snapshot, as pg_dump
 * takes), with a statement timeout and an empty search_path. Closing rolls back and restores auto-commit.
 */
final class CatalogSession implements AutoCloseable {
    private static final String QUERY_CANCELED = "57014";

    /** Runs per row of a catalog query. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(CatalogRow row) throws SQLException;
    }

    private final Connection connection;
    private final Duration timeout;

    private CatalogSession(Connection connection, Duration timeout) {
        this.connection = connection;
        this.timeout = timeout;
    }

    static CatalogSession open(Connection connection, Duration timeout) {
        try {
            if (!connection.getAutoCommit()) {
                throw new IntrospectionException("The introspector needs a connection in auto-commit mode: it runs"
                        + " its own read-only transaction and must not end one of the caller's.");
            }
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                // SET TRANSACTION must come first. set_config(..., true) is SET LOCAL. The empty search_path
                // qualifies every non-catalog name; the date settings fix how partition bounds print (pgjdbc
                // would otherwise use the JVM's time zone).
                statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY;"
                        + " SELECT set_config('statement_timeout', '" + timeout.toMillis() + "', true),"
                        + " set_config('search_path', '', true), set_config('TimeZone', 'UTC', true),"
                        + " set_config('DateStyle', 'ISO, MDY', true), set_config('IntervalStyle', 'postgres', true)");
            }
            return new CatalogSession(connection, timeout);
        } catch (SQLException e) {
            restore(connection);
            throw new IntrospectionException("Could not start the read-only introspection transaction: "
                    + e.getMessage(), e);
        }
    }

    /** Runs one catalog query; {@code schemas} is bound when the query takes it. */
    <T> List<T> query(CatalogQuery query, List<String> schemas, RowMapper<T> mapper) {
        try (PreparedStatement statement = connection.prepareStatement(query.sql())) {
            if (query.takesSchemas()) {
                statement.setArray(1, connection.createArrayOf("text", schemas.toArray()));
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet resultSet = statement.executeQuery()) {
                CatalogRow row = new CatalogRow(resultSet);
                while (resultSet.next()) {
                    rows.add(mapper.map(row));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw failure(query, e);
        }
    }

    private IntrospectionException failure(CatalogQuery query, SQLException e) {
        if (QUERY_CANCELED.equals(e.getSQLState())) {
            return new IntrospectionException("Reading " + query.phase() + " took longer than the introspection"
                    + " statement timeout of " + readable(timeout) + "; raise the timeout or narrow the schemas.",
                    e);
        }
        return new IntrospectionException("Reading " + query.phase() + " from the catalog failed: "
                + e.getMessage(), e);
    }

    private static String readable(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
    }

    @Override
    public void close() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // The transaction was read only: nothing to lose; the connection may be broken, which the caller sees.
        }
        restore(connection);
    }

    private static void restore(Connection connection) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            // Same as above: a broken connection is the caller's to report.
        }
    }
}
