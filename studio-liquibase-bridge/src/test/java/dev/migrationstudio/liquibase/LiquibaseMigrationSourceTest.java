package dev.migrationstudio.liquibase;

import dev.migrationstudio.core.source.MigrationScript;
import dev.migrationstudio.core.source.MigrationScript.ChangeSetRef;
import dev.migrationstudio.core.source.MigrationSourceException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LiquibaseMigrationSourceTest {

    private static List<MigrationScript> scripts(LiquibaseSettings settings) throws MigrationSourceException {
        return new LiquibaseMigrationSource(settings).scripts();
    }

    private static Map<String, MigrationScript> byId(List<MigrationScript> scripts) {
        return scripts.stream().collect(Collectors.toMap(s -> s.changeSet().id(), Function.identity()));
    }

    private static List<String> ids(List<MigrationScript> scripts) {
        return scripts.stream().map(s -> s.changeSet().id()).toList();
    }

    @Test
    void readsXmlYamlJsonAndFormattedSqlThroughIncludesAndIncludeAllInChangelogOrder() throws Exception {
        List<MigrationScript> scripts = scripts(Fixtures.project(null, null));

        assertThat(ids(scripts)).containsExactly(
                "1-users", "2-touch-function", "3-email-index", "5-postgres-only", "6-test-fixtures",
                "7-feature-flags", "8-delimited", "9-search-terms", "9-archive", "10-orders", "20-payments", "30-report-view",
                "31-report-function", "32-payments-status", "40-tags", "50-tags-name");
        assertThat(scripts).allSatisfy(script -> {
            assertThat(script.kind()).isEqualTo(MigrationScript.Kind.CHANGESET);
            assertThat(script.version()).isNull();
            assertThat(script.id()).isEqualTo(script.changeSet().changelog() + "::" + script.changeSet().id()
                    + "::" + script.changeSet().author());
            assertThat(script.file()).exists();
            assertThat(script.sql()).endsWith(";");
        });
    }

    @Test
    void changeSetCoordinatesAreTheOnesLiquibaseRecordsAndPointIntoTheHoldingFile() throws Exception {
        Map<String, MigrationScript> scripts = byId(scripts(Fixtures.project(null, null)));
        Path changelogs = Fixtures.dir("project").resolve("db/changelog");

        assertThat(scripts.get("1-users").changeSet())
                .isEqualTo(new ChangeSetRef("db/changelog/master.xml", "1-users", "studio"));
        assertThat(scripts.get("10-orders").changeSet().changelog()).isEqualTo("db/changelog/orders.yaml");
        assertThat(scripts.get("20-payments").changeSet().changelog()).isEqualTo("db/changelog/payments.json");
        assertThat(scripts.get("30-report-view").changeSet().changelog()).isEqualTo("db/changelog/reports.sql");
        assertThat(scripts.get("40-tags").changeSet().changelog()).isEqualTo("logical/tags.xml");

        assertThat(scripts.get("1-users").file()).isEqualTo(changelogs.resolve("master.xml"));
        assertThat(scripts.get("10-orders").file()).isEqualTo(changelogs.resolve("orders.yaml"));
        assertThat(scripts.get("20-payments").file()).isEqualTo(changelogs.resolve("payments.json"));
        assertThat(scripts.get("31-report-function").file()).isEqualTo(changelogs.resolve("reports.sql"));
        assertThat(scripts.get("40-tags").file()).isEqualTo(changelogs.resolve("later/001-tags.xml"));
    }

    @Test
    void firstLineIsTheLineThatDeclaresTheChangeSet() throws Exception {
        Map<String, MigrationScript> scripts = byId(scripts(Fixtures.project(null, null)));

        assertThat(scripts.get("1-users").firstLine()).isEqualTo(lineContaining(scripts.get("1-users").file(), "id=\"1-users\""));
        assertThat(scripts.get("8-delimited").firstLine()).isEqualTo(lineContaining(scripts.get("8-delimited").file(), "id=\"8-delimited\""));
        assertThat(scripts.get("10-orders").firstLine()).isEqualTo(lineContaining(scripts.get("10-orders").file(), "id: 10-orders"));
        assertThat(scripts.get("20-payments").firstLine()).isEqualTo(lineContaining(scripts.get("20-payments").file(), "\"id\": \"20-payments\""));
        assertThat(scripts.get("31-report-function").firstLine())
                .isEqualTo(lineContaining(scripts.get("31-report-function").file(), "--changeset studio:31-report-function"));
        assertThat(scripts.get("40-tags").firstLine()).isEqualTo(lineContaining(scripts.get("40-tags").file(), "id=\"40-tags\""));
    }

    private static int lineContaining(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    @Test
    void generatedChangesBecomePostgresStatementsJoinedAndTerminated() throws Exception {
        Map<String, MigrationScript> scripts = byId(scripts(Fixtures.project(null, null)));

        assertThat(scripts.get("1-users").sql()).isEqualTo(
                "CREATE TABLE users (id BIGINT GENERATED BY DEFAULT AS IDENTITY NOT NULL, email VARCHAR(200) NOT NULL,"
                        + " created TIMESTAMP with time zone DEFAULT NOW(), CONSTRAINT users_pkey PRIMARY KEY (id));\n"
                        + "ALTER TABLE users ADD CONSTRAINT uq_users_email UNIQUE (email);");
        assertThat(scripts.get("10-orders").sql().split(";\n"))
                .hasSize(3)
                .satisfies(statements -> {
                    assertThat(statements[0]).startsWith("CREATE TABLE orders (");
                    assertThat(statements[1]).contains("FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE");
                    assertThat(statements[2]).isEqualTo("CREATE INDEX ix_orders_user ON orders(user_id);");
                });
        assertThat(scripts.get("20-payments").sql()).contains(
                "ALTER TABLE orders ALTER COLUMN total TYPE numeric(14, 2) USING (total::numeric(14, 2));");
    }

    @Test
    void rawSqlIsKeptAsWrittenWithDollarQuotedBodiesIntact() throws Exception {
        Map<String, MigrationScript> scripts = byId(scripts(Fixtures.project(null, null)));

        assertThat(scripts.get("2-touch-function").sql()).isEqualTo("""
                CREATE FUNCTION touch_created() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  NEW.created := now();
                  RETURN NEW;
                END;
                $$;""");
        assertThat(scripts.get("31-report-function").sql()).isEqualTo("""
                CREATE FUNCTION user_total(p_user bigint) RETURNS numeric LANGUAGE plpgsql AS $body$
                DECLARE result numeric;
                BEGIN
                  SELECT total INTO result FROM order_totals WHERE user_id = p_user;
                  RETURN coalesce(result, 0);
                END;
                $body$;""");
        // A formatted-SQL changeset with two statements stays one text: the core's splitter splits it.
        assertThat(scripts.get("30-report-view").sql())
                .startsWith("CREATE VIEW order_totals AS\n")
                .endsWith("GROUP BY u.id;\nCOMMENT ON VIEW order_totals IS 'per user; totals';");
        assertThat(scripts.get("3-email-index").sql())
                .isEqualTo("CREATE INDEX CONCURRENTLY ix_users_email_lower ON users (lower(email));");
    }

    @Test
    void sqlFileIsKeptAsWritten() throws Exception {
        MigrationScript searchTerms = byId(scripts(Fixtures.project(null, null))).get("9-search-terms");
        Path sqlFile = Fixtures.dir("project").resolve("db/changelog/sql/search.sql");

        assertThat(searchTerms.sql()).isEqualTo(Files.readString(sqlFile).strip());
        assertThat(searchTerms.file()).isEqualTo(Fixtures.dir("project").resolve("db/changelog/master.xml"));
    }

    @Test
    void modifySqlForPostgresIsAppliedAndForOtherDatabasesIsNot() throws Exception {
        MigrationScript archive = byId(scripts(Fixtures.project(null, null))).get("9-archive");

        assertThat(archive.sql()).isEqualTo("CREATE TABLE archive (id BIGINT) WITH (fillfactor = 70);");
    }

    @Test
    void changesWithoutOfflineSqlAreNamedInCommentsAndNeverRun() throws Exception {
        Path marker = Path.of("target/studio-execute-command-marker");
        Files.deleteIfExists(marker);
        LiquibaseSettings settings = new LiquibaseSettings("offline-only/changelog.xml", Fixtures.dir("."), null, null);

        Map<String, MigrationScript> scripts = byId(scripts(settings));

        assertThat(scripts.get("1-not-sql").sql())
                .isEqualTo("-- studio: executeCommand is not SQL and is not run offline");
        assertThat(marker).doesNotExist();
        assertThat(scripts.get("2-tag").sql()).isEmpty();
        assertThat(scripts.get("3-live-only").sql())
                .isEqualTo("-- studio: dropAllForeignKeyConstraints depends on the live database;"
                        + " its SQL cannot be known offline");
    }

    @Test
    void customEndDelimiterBecomesSemicolonsWithTheTextOtherwiseAsWritten() throws Exception {
        MigrationScript delimited = byId(scripts(Fixtures.project(null, null))).get("8-delimited");

        assertThat(delimited.sql()).isEqualTo("CREATE TABLE audit_log (id bigint, note text);\n"
                + "CREATE FUNCTION audit_count() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM audit_log; $$;");
    }

    @Test
    void runInTransactionFalseIsKept() throws Exception {
        Map<String, Boolean> transactional = scripts(Fixtures.project(null, null)).stream()
                .collect(Collectors.toMap(s -> s.changeSet().id(), MigrationScript::transactional));

        assertThat(transactional).containsEntry("3-email-index", false).containsEntry("32-payments-status", false);
        assertThat(transactional.entrySet())
                .filteredOn(entry -> !entry.getValue())
                .extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("3-email-index", "32-payments-status");
    }

    @Test
    void dbmsFilterKeepsPostgresAndUnqualifiedChangeSetsOnly() throws Exception {
        List<String> ids = ids(scripts(Fixtures.project(null, null)));

        assertThat(ids).contains("5-postgres-only", "1-users").doesNotContain("4-h2-only");
    }

    @Test
    void contextsFollowLiquibaseSemantics() throws Exception {
        // No contexts given: Liquibase runs every changeset, context or not.
        assertThat(ids(scripts(Fixtures.project(null, null)))).contains("6-test-fixtures", "32-payments-status");
        // Another context: changesets for "test" drop out, changesets without a context stay.
        assertThat(ids(scripts(Fixtures.project("prod", null))))
                .doesNotContain("6-test-fixtures", "32-payments-status")
                .contains("1-users", "30-report-view");
        assertThat(ids(scripts(Fixtures.project("prod, test", null)))).contains("6-test-fixtures", "32-payments-status");
    }

    @Test
    void labelFilterIsALiquibaseLabelExpression() throws Exception {
        assertThat(ids(scripts(Fixtures.project(null, "v2")))).contains("7-feature-flags", "1-users");
        assertThat(ids(scripts(Fixtures.project(null, "v1")))).doesNotContain("7-feature-flags").contains("1-users");
        assertThat(ids(scripts(Fixtures.project(null, "!v2")))).doesNotContain("7-feature-flags");
        assertThat(ids(scripts(Fixtures.project(null, "v1 or v2")))).contains("7-feature-flags");
    }

    @Test
    void declaredRollbacksAreExposedBySourceSide() throws Exception {
        LiquibaseMigrationSource source = new LiquibaseMigrationSource(Fixtures.project(null, null));

        assertThat(source.rollbackSql(new ChangeSetRef("db/changelog/master.xml", "1-users", "studio")))
                .contains("DROP TABLE users;");
        assertThat(source.rollbackSql(new ChangeSetRef("db/changelog/master.xml", "2-touch-function", "studio")))
                .contains("DROP FUNCTION touch_created();");
        assertThat(source.rollbackSql(new ChangeSetRef("db/changelog/orders.yaml", "10-orders", "studio")))
                .contains("DROP TABLE orders;");
        assertThat(source.rollbackSql(new ChangeSetRef("db/changelog/reports.sql", "30-report-view", "studio")))
                .contains("DROP VIEW order_totals;");
        assertThat(source.rollbackSql(new ChangeSetRef("db/changelog/master.xml", "9-search-terms", "studio")))
                // Liquibase itself splits rollback text into one change per statement when it parses the changelog.
                .contains("DROP FUNCTION bump_term(text);\nDROP TABLE search_terms;");
        assertThat(source.rollbackSql(new ChangeSetRef("db/changelog/master.xml", "5-postgres-only", "studio")))
                .isEmpty();
    }

    @Test
    void readingIsStatelessAndWritesNothing() throws Exception {
        Path project = Fixtures.dir("project");
        Map<Path, FileTime> before = snapshot(project);
        LiquibaseMigrationSource source = new LiquibaseMigrationSource(Fixtures.project(null, null));

        List<LiquibaseChangeSet> first = source.changeSets();
        List<LiquibaseChangeSet> second = source.changeSets();
        List<LiquibaseChangeSet> fresh = new LiquibaseMigrationSource(Fixtures.project(null, null)).changeSets();

        assertThat(first).isNotEmpty().isEqualTo(second).isEqualTo(fresh);
        assertThat(snapshot(project)).isEqualTo(before);
        assertThat(Path.of("databasechangelog.csv")).doesNotExist();
    }

    private static Map<Path, FileTime> snapshot(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.collect(Collectors.toMap(Function.identity(), file -> {
                try {
                    return Files.getLastModifiedTime(file);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
    }

    @Test
    void changelogNamedLikeAClasspathResourceIsFoundUnderSrcMainResources() throws Exception {
        LiquibaseSettings settings = new LiquibaseSettings("db/master.yaml", Fixtures.dir("resources-project"), null, null);

        List<MigrationScript> scripts = scripts(settings);

        assertThat(scripts).singleElement().satisfies(script -> {
            assertThat(script.changeSet()).isEqualTo(new ChangeSetRef("db/master.yaml", "1-items", "studio"));
            assertThat(script.file()).isEqualTo(
                    Fixtures.dir("resources-project").resolve("src/main/resources/db/master.yaml"));
            assertThat(script.sql()).isEqualTo("CREATE TABLE items (id INTEGER);");
        });
    }

    @Test
    void missingChangelogNamesTheFileAndTheSetting() {
        LiquibaseSettings settings = new LiquibaseSettings("db/nope.xml", Fixtures.dir("project"), null, null);

        assertThatThrownBy(() -> scripts(settings))
                .isInstanceOf(MigrationSourceException.class)
                .hasMessageContaining("db/nope.xml")
                .hasMessageContaining("changeLogFile")
                .hasMessageContaining("not found");
    }

    @Test
    void malformedXmlNamesTheFileAndTheLine() {
        LiquibaseSettings settings = new LiquibaseSettings("errors/malformed.xml", Fixtures.dir("."), null, null);

        assertThatThrownBy(() -> scripts(settings))
                .isInstanceOf(MigrationSourceException.class)
                .hasMessageContaining("errors/malformed.xml")
                .hasMessageContaining("line 9")
                .hasMessageContaining("createTable")
                .hasMessageContaining("changeLogFile");
    }

    @Test
    void unknownChangeTypeNamesTheFileAndTheChange() {
        LiquibaseSettings settings = new LiquibaseSettings("errors/unknown-change.yaml", Fixtures.dir("."), null, null);

        assertThatThrownBy(() -> scripts(settings))
                .isInstanceOf(MigrationSourceException.class)
                .hasMessageContaining("errors/unknown-change.yaml")
                .hasMessageContaining("frobnicateTable");
    }

    @Test
    void unknownXmlElementIsNamedWithoutTheSchemaNoise() {
        LiquibaseSettings settings = new LiquibaseSettings("errors/unknown-element.xml", Fixtures.dir("."), null, null);

        assertThatThrownBy(() -> scripts(settings))
                .isInstanceOf(MigrationSourceException.class)
                .hasMessageContaining("errors/unknown-element.xml")
                .hasMessageContaining("line 7")
                .hasMessageContaining("'frobnicateTable'")
                .hasMessageNotContaining("One of");
    }

    @Test
    void missingIncludedFileIsNamed() {
        LiquibaseSettings settings = new LiquibaseSettings("errors/missing-include.xml", Fixtures.dir("."), null, null);

        assertThatThrownBy(() -> scripts(settings))
                .isInstanceOf(MigrationSourceException.class)
                .hasMessageContaining("errors/missing-include.xml")
                .hasMessageContaining("errors/not-there.xml");
    }

    @Test
    void duplicateChangeSetIdentifiersAreRejected() {
        LiquibaseSettings settings = new LiquibaseSettings("errors/duplicate.yaml", Fixtures.dir("."), null, null);

        assertThatThrownBy(() -> scripts(settings))
                .isInstanceOf(MigrationSourceException.class)
                .hasMessageContaining("errors/duplicate.yaml::1::studio")
                .hasMessageContaining("twice");
    }

    @Test
    void unsupportedChangelogFormatSaysWhichFormatsWork() {
        LiquibaseSettings settings = new LiquibaseSettings("errors/malformed.txt", Fixtures.dir("."), null, null);

        assertThatThrownBy(() -> scripts(settings))
                .isInstanceOf(MigrationSourceException.class)
                .hasMessageContaining("errors/malformed.txt")
                .hasMessageContaining(".yaml");
    }
}
