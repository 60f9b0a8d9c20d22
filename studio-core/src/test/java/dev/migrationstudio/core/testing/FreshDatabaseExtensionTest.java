package dev.migrationstudio.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FreshDatabaseExtension.class)
class FreshDatabaseExtensionTest {
    private static final List<String> SEEN = new ArrayList<>();

    @Test
    void eachParameterIsAFreshEmptyDatabaseOnTheSharedServer(TestDatabase first, TestDatabase second)
            throws SQLException {
        SEEN.add(first.name());
        SEEN.add(second.name());
        assertThat(first.name()).isNotEqualTo(second.name());
        assertThat(first.port()).isEqualTo(second.port());
        assertThat(first.jdbcUrl()).contains(":" + first.port() + "/" + first.name());

        first.execute("CREATE TABLE only_in_first (id int); INSERT INTO only_in_first VALUES (1), (2)");
        assertThat(count(first, "SELECT count(*) FROM only_in_first")).isEqualTo(2);
        assertThat(count(second, "SELECT count(*) FROM pg_class WHERE relname = 'only_in_first'")).isZero();
    }

    @AfterAll
    static void databasesAreDroppedAfterTheTest() throws SQLException {
        try (Connection connection = EmbeddedPostgresServer.get().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet names = statement.executeQuery("SELECT datname FROM pg_database")) {
            List<String> existing = new ArrayList<>();
            while (names.next()) {
                existing.add(names.getString(1));
            }
            assertThat(SEEN).hasSize(2);
            assertThat(existing).doesNotContainAnyElementsOf(SEEN);
        }
    }

    private static long count(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.connection();
             Statement statement = connection.createStatement();
             ResultSet resultSet = statement.executeQuery(sql)) {
            resultSet.next();
            return resultSet.getLong(1);
        }
    }
}
