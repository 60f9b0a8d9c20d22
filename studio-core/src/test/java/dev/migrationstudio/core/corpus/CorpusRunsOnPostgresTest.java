package dev.migrationstudio.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.migrationstudio.core.sql.split.DecodedScript;
import dev.migrationstudio.core.sql.split.ScriptDecoder;
import dev.migrationstudio.core.sql.split.SplitResult;
import dev.migrationstudio.core.sql.split.SqlSplitter;
import dev.migrationstudio.core.sql.split.SqlStatement;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * Every Flyway script of the corpus runs on a real PostgreSQL 17, in version order, statement by statement as our
 * splitter cuts it, in autocommit (so CREATE INDEX CONCURRENTLY is allowed). Proves the corpus is real SQL and the
 * splitter's statements are what the server expects.
 */
class CorpusRunsOnPostgresTest {
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void plainPostgresHistoryRuns() throws Exception {
        try (Connection db = freshDatabase("corpus_plain")) {
            runAll(db, Corpus.flywayScripts(Corpus.PLAIN_POSTGRES));

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
        try (Connection db = freshDatabase("corpus_supabase")) {
            runAll(db, List.of(Corpus.supabasePlatformInit()));
            runAll(db, Corpus.flywayScripts(Corpus.SUPABASE_SAAS));

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

    private static void runAll(Connection db, List<Path> scripts) throws IOException {
        assertThat(scripts).isNotEmpty();
        for (Path script : scripts) {
            run(db, script);
        }
    }

    private static void run(Connection db, Path script) throws IOException {
        String name = script.getFileName().toString();
        DecodedScript decoded = ScriptDecoder.decode(Files.readAllBytes(script), name);
        if (!(decoded instanceof DecodedScript.Text text)) {
            fail(((DecodedScript.Rejected) decoded).message());
            return;
        }
        SplitResult split = SqlSplitter.split(text.sql());
        assertThat(split.error()).as(name).isNull();
        assertThat(split.statements()).as(name).isNotEmpty();
        for (SqlStatement statement : split.statements()) {
            try {
                execute(db, statement);
            } catch (SQLException e) {
                fail(name + ":" + statement.start().line() + ": " + e.getMessage() + "\n" + statement.text());
            }
        }
    }

    private static void execute(Connection db, SqlStatement statement) throws SQLException, IOException {
        switch (statement.kind()) {
            case SQL -> {
                try (Statement st = db.createStatement()) {
                    st.execute(statement.text());
                }
            }
            case COPY_FROM_STDIN -> db.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn(statement.text(), new StringReader(statement.copyData()));
            case PSQL_META -> fail("the corpus must not hold psql meta-commands: " + statement.text());
        }
    }

    private static Connection freshDatabase(String name) throws SQLException {
        try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement st = admin.createStatement()) {
            st.execute("drop database if exists " + name);
            st.execute("create database " + name);
        }
        Connection db = DriverManager.getConnection(postgres.getJdbcUrl("postgres", name));
        db.setAutoCommit(true);
        return db;
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
