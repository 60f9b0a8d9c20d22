package dev.migrationstudio.liquibase;

import dev.migrationstudio.core.source.MigrationScript;
import dev.migrationstudio.core.source.MigrationScript.ChangeSetRef;
import dev.migrationstudio.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The offline SQL must build the same schema Liquibase builds: one database is updated by Liquibase itself, another
 * gets the scripts of {@link LiquibaseMigrationSource}, and their catalogs are compared.
 */
class LiquibaseDifferentialTest {

    /** Tables, columns (canonical types, defaults, identity), indexes, constraints, functions, views, comments. */
    private static final String CATALOG = """
            SELECT 'relation ' || c.relname || ' kind ' || c.relkind::text
                   || coalesce(' options ' || array_to_string(c.reloptions, ','), '')
              FROM pg_class c
             WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'v', 'm', 'p', 'S')
            UNION ALL
            SELECT 'column ' || c.relname || '.' || a.attname || ' #' || a.attnum || ' '
                   || format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
                   || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')
                   || CASE WHEN a.attidentity <> '' THEN ' identity ' || a.attidentity::text ELSE '' END
              FROM pg_attribute a
              JOIN pg_class c ON c.oid = a.attrelid
              LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
             WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'v', 'p')
               AND a.attnum > 0 AND NOT a.attisdropped
            UNION ALL
            SELECT 'index ' || indexname || ': ' || indexdef FROM pg_indexes WHERE schemaname = 'public'
            UNION ALL
            SELECT 'constraint ' || conrelid::regclass || '.' || conname || ': ' || pg_get_constraintdef(oid)
              FROM pg_constraint WHERE connamespace = 'public'::regnamespace
            UNION ALL
            SELECT 'function ' || p.oid::regprocedure || ': ' || pg_get_functiondef(p.oid)
              FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace
            UNION ALL
            SELECT 'view ' || viewname || ': ' || definition FROM pg_views WHERE schemaname = 'public'
            UNION ALL
            SELECT 'comment ' || c.relname || ': ' || d.description
              FROM pg_description d JOIN pg_class c ON c.oid = d.objoid AND d.classoid = 'pg_class'::regclass
             WHERE c.relnamespace = 'public'::regnamespace
            ORDER BY 1
            """;

    private static String freshDatabase() {
        return TestDatabase.create().jdbcUrl();
    }

    @Test
    void offlineSqlBuildsTheSameSchemaAsLiquibaseUpdate() throws Exception {
        LiquibaseSettings settings = Fixtures.project("test", null);
        LiquibaseMigrationRunner runner = new LiquibaseMigrationRunner(settings);
        List<MigrationScript> scripts = new LiquibaseMigrationSource(settings).scripts();
        List<ChangeSetRef> refs = scripts.stream().map(MigrationScript::changeSet).toList();

        String updatedByLiquibase = freshDatabase();
        assertThat(runner.status(updatedByLiquibase, "postgres", null)).isEqualTo(refs);
        assertThat(runner.update(updatedByLiquibase, "postgres", null)).isEqualTo(refs);
        assertThat(runner.status(updatedByLiquibase, "postgres", null)).isEmpty();
        assertThat(runner.update(updatedByLiquibase, "postgres", null)).isEmpty();
        assertThat(recordedHistory(updatedByLiquibase)).isEqualTo(refs);

        String builtFromOfflineSql = freshDatabase();
        try (Connection connection = DriverManager.getConnection(builtFromOfflineSql, "postgres", null);
             Statement statement = connection.createStatement()) {
            for (MigrationScript script : scripts) {
                // One call per changeset: pgjdbc sends the statements together, $$ bodies and all.
                statement.execute(script.sql());
            }
        }

        List<String> expected = catalog(updatedByLiquibase);
        assertThat(expected)
                .contains("relation users kind r", "relation payments kind r", "relation order_totals kind v",
                        "comment order_totals: per user; totals", "relation archive kind r options fillfactor=70")
                .anyMatch(line -> line.startsWith("index ix_payments_status:"))
                .anyMatch(line -> line.startsWith("function touch_created():"))
                .anyMatch(line -> line.startsWith("function audit_count():"))
                .anyMatch(line -> line.startsWith("function bump_term(text):"))
                .anyMatch(line -> line.startsWith("column orders.total #3 numeric(14,2)"));
        assertThat(catalog(builtFromOfflineSql)).isEqualTo(expected);
    }

    @Test
    void runnerHonoursContextsLikeTheSource() throws Exception {
        LiquibaseSettings settings = Fixtures.project("prod", "!v2");
        List<ChangeSetRef> expected = new LiquibaseMigrationSource(settings).scripts().stream()
                .map(MigrationScript::changeSet).toList();

        List<ChangeSetRef> ran = new LiquibaseMigrationRunner(settings).update(freshDatabase(), "postgres", null);

        assertThat(ran).isEqualTo(expected)
                .extracting(ChangeSetRef::id)
                .doesNotContain("6-test-fixtures", "7-feature-flags", "32-payments-status");
    }

    @Test
    void failedConnectionNamesChangelogAndHidesThePassword() {
        LiquibaseMigrationRunner runner = new LiquibaseMigrationRunner(Fixtures.project(null, null));
        String url = "jdbc:postgresql://localhost:1/nowhere?user=postgres&password=s3cret-value";

        assertThatThrownBy(() -> runner.update(url, "postgres", "s3cret-value"))
                .isInstanceOf(LiquibaseRunException.class)
                .hasMessageContaining("db/changelog/master.xml")
                .hasMessageContaining("changeLogFile")
                .hasMessageContaining("password=****")
                .hasMessageNotContaining("s3cret-value")
                .satisfies(failure -> {
                    for (Throwable t = failure; t != null; t = t.getCause()) {
                        assertThat(String.valueOf(t.getMessage())).doesNotContain("s3cret-value");
                    }
                });
    }

    private static List<ChangeSetRef> recordedHistory(String url) throws SQLException {
        List<ChangeSetRef> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, "postgres", null);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(
                     "SELECT filename, id, author FROM databasechangelog ORDER BY orderexecuted")) {
            while (result.next()) {
                rows.add(new ChangeSetRef(result.getString(1), result.getString(2), result.getString(3)));
            }
        }
        return rows;
    }

    private static List<String> catalog(String url) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, "postgres", null);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(CATALOG)) {
            while (result.next()) {
                String line = result.getString(1);
                if (!line.toLowerCase().contains("databasechangelog")) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }
}
