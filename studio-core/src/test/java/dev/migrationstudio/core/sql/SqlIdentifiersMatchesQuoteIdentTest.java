package dev.migrationstudio.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationstudio.core.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Differential test: our quoting must equal PostgreSQL 17's own {@code quote_ident()}. */
class SqlIdentifiersMatchesQuoteIdentTest {
    private static TestDatabase database;
    private static Connection connection;

    @BeforeAll
    static void start() {
        database = TestDatabase.create();
        connection = database.connection();
    }

    @AfterAll
    static void stop() throws Exception {
        connection.close();
        database.close();
    }

    @Test
    void everyKeywordIsQuotedLikeQuoteIdent() throws Exception {
        List<String> keywords = new ArrayList<>();
        try (ResultSet rs = connection.createStatement().executeQuery("SELECT word FROM pg_get_keywords()")) {
            while (rs.next()) {
                keywords.add(rs.getString(1));
            }
        }
        assertThat(keywords).hasSizeGreaterThan(400);
        assertSameAsQuoteIdent(keywords);
    }

    @Test
    void randomIdentifiersAreQuotedLikeQuoteIdent() throws Exception {
        String alphabet = "abcxyz_09AZ$ \"'.-éß日";
        Random random = new Random(20240611);
        List<String> identifiers = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            StringBuilder name = new StringBuilder();
            int length = 1 + random.nextInt(8);
            for (int j = 0; j < length; j++) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            identifiers.add(name.toString());
        }
        assertSameAsQuoteIdent(identifiers);
    }

    private static void assertSameAsQuoteIdent(List<String> identifiers) throws Exception {
        List<String> mismatches = new ArrayList<>();
        try (PreparedStatement quote = connection.prepareStatement("SELECT quote_ident(?)")) {
            for (String identifier : identifiers) {
                quote.setString(1, identifier);
                try (ResultSet rs = quote.executeQuery()) {
                    rs.next();
                    String ours = SqlIdentifiers.quote(identifier);
                    if (!ours.equals(rs.getString(1))) {
                        mismatches.add(identifier + ": quote_ident gives " + rs.getString(1) + ", we give " + ours);
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }
}
