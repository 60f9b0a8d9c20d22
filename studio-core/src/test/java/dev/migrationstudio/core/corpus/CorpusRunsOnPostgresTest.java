package dev.migrationstudio.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationstudio.core.report.StudioLog;
import dev.migrationstudio.core.shadow.HistoryReplayer;
import dev.migrationstudio.core.shadow.Platform;
import dev.migrationstudio.core.shadow.ShadowInitScripts;
import dev.migrationstudio.core.source.MigrationScript;
import dev.migrationstudio.core.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every Flyway script of the corpus runs on a real PostgreSQL 17, in version order, through the shadow database's
 * own replayer (our splitter's statements, one by one, in autocommit, COPY data streamed). Proves the corpus is real
 * SQL, and that the product replays it without a single failure.
 */
class CorpusRunsOnPostgresTest {

    @Test
    void plainPostgresHistoryRuns() throws Exception {
        try (Connection db = freshDatabase()) {
            runAll(db, scripts(Corpus.PLAIN_POSTGRES));

            assertThat(queryLong(db, "select count(*) from pg_inherits where inhparent = 'shop.orders'::regclass"))
                    .as("partitions of shop.orders after V15 (2024_h2, 2025_h1, 2025_h2, default)").isEqualTo(4);
            assertThat(queryLong(db, "select count(*) from shop.countries")).isEqualTo(12);
            assertThat(queryString(db, "select description from shop.catalog_items where sku = 'BK-001'"))
                    .isEqualTo("A book; with a semicolon");
            assertThat(queryString(db, "select string_agg(enumlabel, ',' order by enumsortorder) from pg_enum"
                    + " where enumtypid = 'shop.order_status'::regtype"))
                    .isEqualTo("pending,paid,refunded,dispatched,cancelled");
            assertThat(queryString(db, "select data_type from information_schema.columns"
                    + " where table_schema = 'shop' and table_name = 'customers' and column_name = 'loyalty_points'"))
                    .isEqualTo("integer");
            assertThat(queryString(db, "select shop.order_total(1, now())::text")).isEqualTo("0");
            assertThat(queryLong(db, "select count(*) from pg_index where indisvalid"
                    + " and indexrelid = 'shop.customers_display_name_idx'::regclass")).isEqualTo(1);
        }
    }

    @Test
    void supabaseHistoryRunsAfterThePlatformInit() throws Exception {
        try (Connection db = freshDatabase()) {
            runAll(db, ShadowInitScripts.load(Platform.SUPABASE, List.of()));
            runAll(db, scripts(Corpus.SUPABASE_SAAS));

            assertThat(queryLong(db, "select count(*) from pg_policies where schemaname = 'storage'"
                    + " and tablename = 'objects'")).isEqualTo(6);
            assertThat(queryLong(db, "select count(*) from pg_class where relnamespace = 'public'::regnamespace"
                    + " and relkind = 'r' and relrowsecurity")).isEqualTo(6);
            assertThat(queryString(db, "select array_to_string(proconfig, ',') from pg_proc"
                    + " where oid = 'public.handle_new_user'::regproc")).isEqualTo("search_path=\"\"");

            // The sign-up trigger fires and fills the profile through its SECURITY DEFINER function.
            try (Statement st = db.createStatement()) {
                st.execute("insert into auth.users (id, email, raw_user_meta_data) values"
                        + " ('00000000-0000-0000-0000-000000000001', 'ada@example.org', '{\"full_name\": \"Ada\"}')");
            }
            assertThat(queryString(db, "select full_name from public.profiles")).isEqualTo("Ada");
        }
    }

    private static Connection freshDatabase() throws SQLException {
        return TestDatabase.create().connection();
    }

    private static void runAll(Connection db, List<MigrationScript> scripts) throws SQLException {
        assertThat(scripts).isNotEmpty();
        HistoryReplayer.Outcome outcome = new HistoryReplayer(StudioLog.SILENT, Corpus.root()).replay(db, scripts);
        assertThat(outcome.failures()).isEmpty();
    }

    private static List<MigrationScript> scripts(String history) {
        return Corpus.flywayScripts(history).stream().map(CorpusRunsOnPostgresTest::script).toList();
    }

    private static MigrationScript script(Path file) {
        String name = file.getFileName().toString();
        return new MigrationScript(name, null, name, MigrationScript.Kind.VERSIONED, file, Corpus.read(file), 1, true,
                null);
    }

    private static long queryLong(Connection db, String sql) throws SQLException {
        return Long.parseLong(queryString(db, sql));
    }

    private static String queryString(Connection db, String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getString(1);
        }
    }
}
