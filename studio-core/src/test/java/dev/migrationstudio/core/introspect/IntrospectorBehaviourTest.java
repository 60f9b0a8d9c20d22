package dev.migrationstudio.core.introspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrationstudio.core.json.Json;
import dev.migrationstudio.core.schema.Column;
import dev.migrationstudio.core.schema.Routine;
import dev.migrationstudio.core.schema.SchemaModel;
import dev.migrationstudio.core.schema.Table;
import dev.migrationstudio.core.testing.FreshDatabaseExtension;
import dev.migrationstudio.core.testing.TestDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FreshDatabaseExtension.class)
class IntrospectorBehaviourTest {
    private static final String SHORT_SPELLINGS = """
            CREATE SCHEMA s;
            CREATE DOMAIN s.positive AS int4 CHECK (VALUE > 0);
            CREATE TYPE s.pair AS (p int, q timestamptz);
            CREATE TABLE s.t (a int PRIMARY KEY, b varchar(10), c timestamptz DEFAULT now(), d bool DEFAULT true,
                              e int4[], f int8 DEFAULT 0, g timestamp, h decimal(5, 2), i float8, j char(3),
                              k s.positive, CHECK (b::varchar <> ''));
            CREATE FUNCTION s.f(x int, y varchar, z timestamptz) RETURNS bool LANGUAGE sql AS 'select true';
            """;
    private static final String LONG_SPELLINGS = """
            CREATE SCHEMA s;
            CREATE DOMAIN s.positive AS integer CHECK (VALUE > 0);
            CREATE TYPE s.pair AS (p integer, q timestamp with time zone);
            CREATE TABLE s.t (a integer PRIMARY KEY, b character varying(10),
                              c timestamp with time zone DEFAULT now(), d boolean DEFAULT true, e integer[],
                              f bigint DEFAULT 0, g timestamp without time zone, h numeric(5, 2),
                              i double precision, j character(3), k s.positive,
                              CHECK (b::character varying <> ''));
            CREATE FUNCTION s.f(x integer, y character varying, z timestamp with time zone) RETURNS boolean
                LANGUAGE sql AS 'select true';
            """;

    @Test
    void twoSpellingsOfTheSameSchemaGiveEqualModels(TestDatabase shortSpelled, TestDatabase longSpelled)
            throws SQLException {
        shortSpelled.execute(SHORT_SPELLINGS);
        longSpelled.execute(LONG_SPELLINGS);

        SchemaModel shortModel = introspect(shortSpelled, SchemaFilter.only("s")).model();
        SchemaModel longModel = introspect(longSpelled, SchemaFilter.only("s")).model();

        assertThat(shortModel).isEqualTo(longModel);
        assertThat(shortModel.tables().get(0).columns()).extracting(Column::type).containsExactly(
                "integer", "character varying(10)", "timestamp with time zone", "boolean", "integer[]", "bigint",
                "timestamp without time zone", "numeric(5,2)", "double precision", "character(3)", "s.positive");
        assertThat(shortModel.routines()).extracting(Routine::id)
                .containsExactly("s.f(integer,character varying,timestamp with time zone)");
        assertThat(shortModel.domains().get(0).baseType()).isEqualTo("integer");
    }

    @Test
    void twoIntrospectionsSerializeIdentically(TestDatabase database) throws Exception {
        database.execute(SHORT_SPELLINGS + IntrospectorEveryObjectKindTest.script("every-object-kind.sql"));
        String first = Json.mapper().writeValueAsString(introspect(database, SchemaFilter.ALL_APPLICATION_SCHEMAS));
        String second = Json.mapper().writeValueAsString(introspect(database, SchemaFilter.ALL_APPLICATION_SCHEMAS));
        assertThat(first).isEqualTo(second).contains("\"app.accounts\"");
    }

    @Test
    void supabasePlatformSchemasAreLeftOutUnlessNamed(TestDatabase database) throws SQLException {
        StringBuilder sql = new StringBuilder();
        for (String schema : List.of("auth", "storage", "realtime", "extensions", "graphql_public", "vault",
                "supabase_migrations", "supabase_functions", "pgbouncer", "_realtime", "net", "cron")) {
            sql.append("CREATE SCHEMA ").append(schema).append(";\n")
                    .append("CREATE TABLE ").append(schema).append(".t (id uuid PRIMARY KEY);\n")
                    .append("ALTER TABLE ").append(schema).append(".t ENABLE ROW LEVEL SECURITY;\n")
                    .append("CREATE POLICY p ON ").append(schema).append(".t USING (true);\n")
                    .append("CREATE FUNCTION ").append(schema).append(".uid() RETURNS uuid LANGUAGE sql")
                    .append(" AS 'select null::uuid';\n");
        }
        sql.append("CREATE TABLE public.profiles (id uuid PRIMARY KEY);\n")
                .append("CREATE POLICY own ON public.profiles USING (id = auth.uid());\n");
        database.execute(sql.toString());

        Introspection byDefault = introspect(database, SchemaFilter.ALL_APPLICATION_SCHEMAS);
        assertThat(byDefault.schemas()).containsExactly("public");
        assertThat(byDefault.model().tables()).extracting(Table::id).containsExactly("public.profiles");
        assertThat(byDefault.model().routines()).isEmpty();
        assertThat(byDefault.model().policies()).singleElement()
                .satisfies(policy -> assertThat(policy.using()).isEqualTo("(id = auth.uid())"));

        Introspection authOnly = introspect(database, SchemaFilter.only("auth", "pg_catalog", "information_schema"));
        assertThat(authOnly.schemas()).containsExactly("auth");
        assertThat(authOnly.model().tables()).extracting(Table::id).containsExactly("auth.t");
        assertThat(authOnly.model().routines()).extracting(Routine::id).containsExactly("auth.uid()");

        Introspection excluded = introspect(database, new SchemaFilter(List.of(), List.of("public")));
        assertThat(excluded.schemas()).isEmpty();
        assertThat(excluded.model()).isEqualTo(SchemaModel.EMPTY);
    }

    @Test
    void runsTheSameFixedNumberOfStatementsWhateverTheSchemaSize(TestDatabase small, TestDatabase large)
            throws SQLException {
        small.execute("CREATE TABLE one (id int PRIMARY KEY)");
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            sql.append("CREATE TABLE t").append(i).append(" (id int PRIMARY KEY, v text, n int DEFAULT ").append(i)
                    .append(");\nCREATE INDEX t").append(i).append("_v ON t").append(i).append(" (v);\n")
                    .append("ALTER TABLE t").append(i).append(" ENABLE ROW LEVEL SECURITY;\n")
                    .append("CREATE POLICY p ON t").append(i).append(" USING (n > 0);\n")
                    .append("CREATE FUNCTION f").append(i).append("() RETURNS trigger LANGUAGE plpgsql")
                    .append(" AS $$BEGIN RETURN NEW; END$$;\n")
                    .append("CREATE TRIGGER tr BEFORE INSERT ON t").append(i).append(" FOR EACH ROW EXECUTE")
                    .append(" FUNCTION f").append(i).append("();\n")
                    .append("GRANT SELECT ON t").append(i).append(" TO PUBLIC;\n");
        }
        large.execute(sql.toString());

        assertThat(countStatements(small)).isEqualTo(Introspector.statementCount());
        assertThat(countStatements(large)).isEqualTo(Introspector.statementCount());
        assertThat(Introspector.statementCount()).isEqualTo(CatalogQuery.values().length + 1);
    }

    @Test
    void readsInAReadOnlySnapshotWithTheTimeoutAndRestoresTheConnection(TestDatabase database)
            throws SQLException {
        database.execute("CREATE TABLE t (id int)");
        try (Connection connection = database.connection()) {
            Map<String, String> seenDuringTables = new LinkedHashMap<>();
            List<String> phases = new ArrayList<>();
            new Introspector(Duration.ofSeconds(7)).introspect(connection, SchemaFilter.ALL_APPLICATION_SCHEMAS,
                    (phase, done, total) -> {
                        phases.add(phase + " " + done + "/" + total);
                        if (phase.equals("tables")) {
                            for (String setting : List.of("transaction_read_only", "transaction_isolation",
                                    "statement_timeout", "search_path", "TimeZone")) {
                                seenDuringTables.put(setting, show(connection, setting));
                            }
                        }
                    });
            assertThat(seenDuringTables).containsExactly(
                    Map.entry("transaction_read_only", "on"), Map.entry("transaction_isolation", "repeatable read"),
                    Map.entry("statement_timeout", "7s"), Map.entry("search_path", ""),
                    Map.entry("TimeZone", "UTC"));
            int total = CatalogQuery.values().length;
            assertThat(phases).hasSize(total).startsWith("server 1/" + total).endsWith("grants " + total + "/" + total);

            assertThat(connection.getAutoCommit()).isTrue();
            assertThat(show(connection, "transaction_read_only")).isEqualTo("off");
            assertThat(show(connection, "statement_timeout")).isEqualTo("0");
            assertThat(show(connection, "search_path")).isEqualTo("\"$user\", public");
        }
    }

    @Test
    void aQueryOverTheTimeoutFailsNamingThePhase(TestDatabase database) throws SQLException {
        database.execute("CREATE TABLE t (id int)");
        try (Connection locker = database.connection(); Connection connection = database.connection()) {
            locker.setAutoCommit(false);
            try (Statement statement = locker.createStatement()) {
                // Blocks only the query that reads pg_policy.
                statement.execute("LOCK TABLE pg_catalog.pg_policy IN ACCESS EXCLUSIVE MODE");
            }
            assertThatThrownBy(() -> new Introspector(Duration.ofMillis(300))
                    .introspect(connection, SchemaFilter.ALL_APPLICATION_SCHEMAS))
                    .isInstanceOf(IntrospectionException.class)
                    .hasMessage("Reading policies took longer than the introspection statement timeout of 300ms;"
                            + " raise the timeout or narrow the schemas.");
            locker.rollback();
            assertThat(connection.getAutoCommit()).isTrue();
            assertThat(show(connection, "transaction_read_only")).isEqualTo("off");
        }
    }

    @Test
    void refusesAConnectionInsideTheCallersTransaction(TestDatabase database) throws SQLException {
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            assertThatThrownBy(() -> new Introspector().introspect(connection, SchemaFilter.ALL_APPLICATION_SCHEMAS))
                    .isInstanceOf(IntrospectionException.class)
                    .hasMessageContaining("auto-commit");
            assertThat(connection.getAutoCommit()).isFalse();
        }
    }

    private static Introspection introspect(TestDatabase database, SchemaFilter filter) throws SQLException {
        try (Connection connection = database.connection()) {
            return new Introspector().introspect(connection, filter);
        }
    }

    private static String show(Connection connection, String setting) {
        try (Statement statement = connection.createStatement();
             ResultSet resultSet = statement.executeQuery("SHOW " + setting)) {
            resultSet.next();
            return resultSet.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts the statements the introspector creates on a real connection that it wraps. */
    private static int countStatements(TestDatabase database) throws SQLException {
        AtomicInteger count = new AtomicInteger();
        try (Connection real = database.connection()) {
            Connection counting = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
                            count.incrementAndGet();
                        }
                        try {
                            return method.invoke(real, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            new Introspector().introspect(counting, SchemaFilter.ALL_APPLICATION_SCHEMAS);
        }
        return count.get();
    }
}
