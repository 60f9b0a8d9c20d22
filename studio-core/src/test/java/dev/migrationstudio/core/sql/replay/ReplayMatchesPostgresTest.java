package dev.migrationstudio.core.sql.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationstudio.core.schema.SchemaModel;
import dev.migrationstudio.core.sql.parse.Corpus;
import dev.migrationstudio.core.sql.parse.StatementParser;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the realistic history in a real PostgreSQL 17 and checks that replaying the same statements statically
 * predicts what the catalog says: column types and nullability, defaults, constraint names and validation,
 * index names, owned sequences, policies, function identities and enum labels. The catalog is read with an empty
 * search path, as the introspector reads it, so user-defined types print schema-qualified.
 */
class ReplayMatchesPostgresTest {
    private static final String SUPABASE_STUBS = """
            create role anon; create role authenticated;
            create schema auth;
            create function auth.uid() returns uuid language sql stable as 'select null::uuid';
            """;
    private static final String IN_SCOPE = "n.nspname in ('public', 'app')";

    private static EmbeddedPostgres postgres;
    private static Connection connection;
    private static SchemaModel replayed;

    @BeforeAll
    static void runHistoryInPostgresAndReplay() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        connection = postgres.getPostgresDatabase().getConnection();
        List<String> history = Corpus.history();
        try (Statement statement = connection.createStatement()) {
            statement.execute(SUPABASE_STUBS);
            for (String sql : history) {
                statement.execute(sql);
            }
            // As the introspector reads the catalog: format_type() then qualifies every non-catalog type.
            statement.execute("set search_path = ''");
        }
        StatementParser parser = new StatementParser();
        replayed = SchemaReplayer.replay(history.stream().map(parser::parse).toList());
    }

    @AfterAll
    static void stop() throws Exception {
        if (connection != null) {
            connection.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private static List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(result.getString(i)));
                }
                rows.add(String.join(" | ", values));
            }
        }
        return rows;
    }

    @Test
    void defaultNamesOfConstraintsIndexesAndSequencesMatchTheServer() throws SQLException {
        String script = """
                create table t (a int check (a > 0), b int, c int, check (b > 0 and c > 0), check (b > 1 and b < 9),
                  unique (b, c), d serial unique, e int references t (d));
                create table a_table_with_a_really_long_name_that_goes_on_and_on_and_on (
                  a_column_with_an_equally_long_name_that_goes_on int unique primary key);
                create index on t (lower(a::text));
                create index on t (b, c);
                create index on t (b, c);
                create unique index on t (c)""";
        try (Statement statement = connection.createStatement()) {
            statement.execute("create database names_test");
        }
        try (Connection names = postgres.getDatabase("postgres", "names_test").getConnection();
                Statement statement = names.createStatement()) {
            Scripts.split(script + ";\n").forEach(sql -> {
                try {
                    statement.execute(sql);
                } catch (SQLException e) {
                    throw new IllegalStateException(sql, e);
                }
            });
            List<String> actual = new ArrayList<>();
            try (ResultSet result = statement.executeQuery("select relname from pg_class c join pg_namespace n"
                    + " on n.oid = c.relnamespace where n.nspname = 'public' and relkind in ('i', 'S')"
                    + " union all select conname from pg_constraint k join pg_namespace n on n.oid ="
                    + " k.connamespace where n.nspname = 'public' and contype <> 'n' order by 1")) {
                while (result.next()) {
                    actual.add(result.getString(1));
                }
            }
            SchemaModel model = SchemaReplayer.replay(Scripts.parse(script));
            List<String> predicted = new ArrayList<>();
            model.indexes().forEach(i -> predicted.add(i.name()));
            model.sequences().forEach(q -> predicted.add(q.name()));
            model.tables().forEach(t -> t.constraints().forEach(c -> predicted.add(c.name())));
            assertThat(predicted.stream().sorted().toList()).isEqualTo(actual.stream().sorted().toList());
        }
    }

    @Test
    void columnsMatchTheCatalog() throws SQLException {
        List<String> actual = rows("""
                select n.nspname || '.' || c.relname || '.' || a.attname, format_type(a.atttypid, a.atttypmod),
                       not a.attnotnull, pg_get_expr(d.adbin, d.adrelid), a.attidentity
                from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
                left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
                where c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped and\s""" + IN_SCOPE + """
                 order by 1""");
        List<String> predicted = replayed.tables().stream().flatMap(t -> t.columns().stream().map(c ->
                t.id() + "." + c.name() + " | " + c.type() + " | " + (c.nullable() ? "t" : "f") + " | "
                        + c.defaultExpression() + " | " + switch (c.identity()) {
                            case ALWAYS -> "a";
                            case BY_DEFAULT -> "d";
                            case NONE -> "";
                        })).sorted().toList();
        assertThat(predicted).isEqualTo(actual);
    }

    @Test
    void constraintsMatchTheCatalog() throws SQLException {
        List<String> actual = rows("select n.nspname || '.' || c.relname || '.' || k.conname, k.contype, k.convalidated"
                + " from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = "
                + "c.relnamespace where k.contype in ('p','u','c','f','x') and " + IN_SCOPE + " order by 1");
        List<String> predicted = replayed.tables().stream().flatMap(t -> t.constraints().stream().map(c ->
                t.id() + "." + c.name() + " | " + switch (c.kind()) {
                    case PRIMARY_KEY -> "p";
                    case UNIQUE -> "u";
                    case CHECK -> "c";
                    case FOREIGN_KEY -> "f";
                    case EXCLUDE -> "x";
                } + " | " + (c.validated() ? "t" : "f"))).sorted().toList();
        assertThat(predicted).isEqualTo(actual);
    }

    @Test
    void indexesSequencesPoliciesFunctionsAndEnumsMatchTheCatalog() throws SQLException {
        assertThat(new TreeSet<>(replayed.indexes().stream().map(i -> i.id() + " | " + (i.unique() ? "t" : "f")).toList()))
                .containsExactlyElementsOf(rows("select schemaname || '.' || indexname, i.indisunique from pg_indexes x"
                        + " join pg_class ic on ic.relname = x.indexname join pg_index i on i.indexrelid = ic.oid"
                        + " where schemaname in ('public', 'app') order by 1"));
        assertThat(replayed.sequences().stream().map(s -> s.id() + " | " + s.dataType() + " | " + s.start()
                + " | " + s.maxValue()).toList()).containsExactlyElementsOf(rows("select schemaname || '.' || "
                + "sequencename, data_type::regtype::text, start_value, max_value from pg_sequences "
                + "where schemaname in ('public', 'app') order by 1"));
        assertThat(replayed.policies().stream().map(p -> p.id() + " | " + p.command() + " | " + p.permissive()
                + " | " + p.roles()).toList()).containsExactlyElementsOf(rows("select schemaname || '.' || tablename"
                + " || '.' || policyname, cmd, (permissive = 'PERMISSIVE')::text, '[' || array_to_string(roles, ', ') || ']'"
                + " from pg_policies where schemaname = 'public' order by 1"));
        assertThat(replayed.routines().stream().map(r -> r.id() + " | " + r.returnType() + " | "
                + r.securityDefiner() + " | " + r.config()).toList()).containsExactlyElementsOf(rows(
                "select n.nspname || '.' || p.proname || '(' || coalesce((select string_agg(format_type(t, null), ','"
                        + " order by o) from unnest(p.proargtypes) with ordinality as a(t, o)), '') || ')',"
                        + " pg_get_function_result(p.oid), p.prosecdef::text, '{' || coalesce(array_to_string(p.proconfig,"
                        + " ', '), '') || '}' from pg_proc p join pg_namespace n on n.oid = p.pronamespace"
                        + " where n.nspname in ('public', 'app') and not exists (select 1 from pg_depend d"
                        + " where d.objid = p.oid and d.deptype = 'e') order by 1"));
        assertThat(replayed.enums().get(0).labels()).containsExactlyElementsOf(rows(
                "select enumlabel from pg_enum where enumtypid = 'public.order_status'::regtype order by enumsortorder"));
    }
}
