package dev.migrationstudio.liquibase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationstudio.core.corpus.Corpus;
import dev.migrationstudio.core.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.junit.jupiter.api.Test;

/**
 * The Liquibase history of the corpus is real: Liquibase 4.33 applies every changeset on PostgreSQL 17 (the
 * {@code runInTransaction="false"} CREATE INDEX CONCURRENTLY included) and rolls all of them back.
 */
class LiquibaseCorpusRunsTest {

    @Test
    @SuppressWarnings("deprecation") // the Liquibase facade is the shortest way to update and roll back in a test
    void corpusChangelogUpdatesAndRollsBackOnPostgres() throws Exception {
        try (Connection connection = TestDatabase.create().connection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Liquibase liquibase = new Liquibase("db.changelog-master.xml",
                    new DirectoryResourceAccessor(Corpus.root().resolve(Corpus.LIQUIBASE)), database);

            liquibase.update(new Contexts("dev"), new LabelExpression());

            assertThat(column(connection, "select id from databasechangelog order by orderexecuted"))
                    .hasSize(14).startsWith("001-create-account").endsWith("014-notes-for-tag");
            assertThat(column(connection, "select tablename || '.' || policyname from pg_policies order by 1"))
                    .containsExactly("note.note_delete_own", "note.note_insert_own", "note.note_select_own",
                            "note.note_update_own", "tag.tag_own");
            assertThat(column(connection, "select indexrelid::regclass::text from pg_index where indisvalid"
                    + " and indexrelid = 'note_body_fts_idx'::regclass")).containsExactly("note_body_fts_idx");
            assertThat(column(connection, "select display_name from account"))
                    .containsExactly("Demo; with a semicolon");

            liquibase.rollback(14, (String) null);

            assertThat(column(connection, "select tablename from pg_tables where schemaname = 'public' order by 1"))
                    .containsExactly("databasechangelog", "databasechangeloglock");
        }
    }

    private static List<String> column(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
