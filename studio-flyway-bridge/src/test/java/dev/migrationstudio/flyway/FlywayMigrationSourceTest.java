package dev.migrationstudio.flyway;

import dev.migrationstudio.core.source.MigrationScript;
import dev.migrationstudio.core.source.MigrationSourceException;
import dev.migrationstudio.core.source.SourceProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class FlywayMigrationSourceTest {

    @Test
    void ordersVersionsNumericallyThenRepeatablesByDescription() throws Exception {
        FlywayMigrationSource source = new FlywayMigrationSource(Fixtures.filesystem("ordering"));

        assertThat(source.scripts()).extracting(MigrationScript::id).containsExactly(
                "V1__create_accounts.sql",
                "V1.1__add_name.sql",
                "V1_2__add_created_at.sql",
                "V2__index_email.sql",
                "sub/V3__create_orders.sql",
                "V005__add_total.sql",
                "V10__add_status.sql",
                // String order of descriptions: 'Z' < 'a', and ' ' (from '_') < '-'
                "sub/deeper/R__Z_totals.sql",
                "R__a_b.sql",
                "R__a-b.sql");
        assertThat(source.scripts()).extracting(MigrationScript::version)
                .containsExactly("1", "1.1", "1.2", "2", "3", "005", "10", null, null, null);
        assertThat(source.scripts()).extracting(MigrationScript::kind).containsExactly(
                MigrationScript.Kind.VERSIONED, MigrationScript.Kind.VERSIONED, MigrationScript.Kind.VERSIONED,
                MigrationScript.Kind.VERSIONED, MigrationScript.Kind.VERSIONED, MigrationScript.Kind.VERSIONED,
                MigrationScript.Kind.VERSIONED, MigrationScript.Kind.REPEATABLE, MigrationScript.Kind.REPEATABLE,
                MigrationScript.Kind.REPEATABLE);
    }

    @Test
    void carriesDescriptionTextFileAndTransactionSetting() throws Exception {
        List<MigrationScript> scripts = new FlywayMigrationSource(Fixtures.filesystem("ordering")).scripts();

        MigrationScript first = scripts.get(0);
        assertThat(first.description()).isEqualTo("create accounts");
        assertThat(first.sql()).isEqualTo("CREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL);\n");
        assertThat(first.file()).isEqualTo(Fixtures.ROOT.resolve("ordering/V1__create_accounts.sql"));
        assertThat(first.firstLine()).isEqualTo(1);
        assertThat(first.changeSet()).isNull();
        assertThat(first.transactional()).isTrue();

        MigrationScript concurrentIndex = scripts.get(3);
        assertThat(concurrentIndex.id()).isEqualTo("V2__index_email.sql");
        assertThat(concurrentIndex.transactional()).as("V2__index_email.sql.conf says executeInTransaction=false").isFalse();
    }

    @Test
    void keepsUndoScriptsOutOfTheApplyOrder() throws Exception {
        FlywayMigrationSource source = new FlywayMigrationSource(Fixtures.filesystem("ordering"));

        assertThat(source.scripts()).noneMatch(script -> script.kind() == MigrationScript.Kind.UNDO);
        assertThat(source.undoScripts()).extracting(MigrationScript::id)
                .containsExactly("U1.1__add_name.sql", "U10__add_status.sql");
        assertThat(source.undoScripts()).allMatch(script -> script.kind() == MigrationScript.Kind.UNDO);
        assertThat(source.undoScript("1_1")).map(MigrationScript::sql)
                .hasValue("ALTER TABLE accounts DROP COLUMN name;\n");
        assertThat(source.undoScript("010")).map(MigrationScript::id).hasValue("U10__add_status.sql");
        assertThat(source.undoScript("2")).isEmpty();
    }

    @Test
    void reportsWhatFlywayIgnoresAsWarnings() throws Exception {
        List<String> warnings = new FlywayMigrationSource(Fixtures.filesystem("ordering")).warnings();

        assertThat(warnings).anySatisfy(warning -> assertThat(warning)
                .startsWith("ordering/notes.sql: no migration prefix").contains("validateMigrationNaming=true"));
        assertThat(warnings).anySatisfy(warning -> assertThat(warning)
                .startsWith("ordering/afterMigrate.sql: Flyway callback 'afterMigrate'"));
        assertThat(warnings).noneMatch(warning -> warning.contains("README") || warning.contains(".hidden"));
        assertThat(warnings).hasSize(2);
    }

    @Test
    void failsOnInvalidNamesWhenValidateMigrationNamingIsOn() {
        FlywaySettings settings = Fixtures.filesystem("ordering").withValidateMigrationNaming(true);

        assertThatThrownBy(() -> new FlywayMigrationSource(settings).scripts())
                .isInstanceOf(MigrationSourceException.class)
                .hasMessageContaining("validateMigrationNaming=true")
                .hasMessageContaining("ordering/notes.sql: no migration prefix");
    }

    @Test
    void honoursCustomPrefixesSeparatorAndSuffixes() throws Exception {
        FlywaySettings settings = Fixtures.filesystem("custom-naming")
                .withNaming("M", "S", "X", "-", List.of(".pgsql", ".sql"));
        FlywayMigrationSource source = new FlywayMigrationSource(settings);

        assertThat(source.scripts()).extracting(MigrationScript::id)
                .containsExactly("M1-create_items.pgsql", "M1.5-add_price.SQL", "S-item_view.pgsql");
        assertThat(source.scripts()).extracting(MigrationScript::description)
                .containsExactly("create items", "add price", "item view");
        assertThat(source.undoScripts()).extracting(MigrationScript::id).containsExactly("X1.5-add_price.pgsql");
        assertThat(source.warnings()).singleElement().asString()
                .startsWith("custom-naming/V2__default_prefix.sql: no migration prefix: versioned scripts look like M1.2-description.sql");
    }

    @Test
    void readsClasspathLocationsFromRootsInOrderAndRecursively() throws Exception {
        Path resources = Fixtures.ROOT.resolve("classpath/resources");
        Path classes = Fixtures.ROOT.resolve("classpath/classes");
        FlywayMigrationSource source = new FlywayMigrationSource(
                FlywaySettings.defaults(Fixtures.ROOT, List.of(resources, classes)));

        List<MigrationScript> scripts = source.scripts();

        assertThat(scripts).extracting(MigrationScript::id)
                .containsExactly("V1__create_notes.sql", "nested/V2__add_title.sql", "V3__add_author.sql");
        assertThat(scripts.get(0).file()).isEqualTo(resources.resolve("db/migration/V1__create_notes.sql"));
        assertThat(scripts.get(2).file()).isEqualTo(classes.resolve("db/migration/V3__add_author.sql"));
        assertThat(source.warnings()).isEmpty();
    }

    @Test
    void aScriptCopiedToTheOutputDirectoryCountsOnceAndAStaleCopyIsReported(@TempDir Path project) throws Exception {
        Path resources = Files.createDirectories(project.resolve("src/main/resources/db/migration"));
        Path classes = Files.createDirectories(project.resolve("target/classes/db/migration"));
        Files.writeString(resources.resolve("V1__create.sql"), "CREATE TABLE t (id int);");
        Files.writeString(classes.resolve("V1__create.sql"), "CREATE TABLE t (id int);");
        FlywaySettings settings = FlywaySettings.defaults(project,
                List.of(project.resolve("src/main/resources"), project.resolve("target/classes")));

        FlywayMigrationSource copied = new FlywayMigrationSource(settings);
        assertThat(copied.scripts()).singleElement().extracting(MigrationScript::file)
                .isEqualTo(resources.resolve("V1__create.sql"));
        assertThat(copied.warnings()).isEmpty();

        Files.writeString(classes.resolve("V1__create.sql"), "CREATE TABLE t (id bigint);");
        FlywayMigrationSource stale = new FlywayMigrationSource(settings);
        assertThat(stale.scripts()).singleElement().extracting(MigrationScript::sql).isEqualTo("CREATE TABLE t (id int);");
        assertThat(stale.warnings()).containsExactly("target/classes/db/migration/V1__create.sql differs from"
                + " src/main/resources/db/migration/V1__create.sql, which is read instead; rebuild the project"
                + " (Flyway runs the copy on its runtime classpath)");
    }

    @Test
    void readsSeveralLocationsAsOneHistory() throws Exception {
        FlywaySettings settings = FlywaySettings.defaults(Fixtures.ROOT, List.of(Fixtures.ROOT.resolve("classpath/classes")))
                .withLocations(List.of("classpath:/db/migration/", "filesystem:classpath/resources/db/migration"));

        assertThat(new FlywayMigrationSource(settings).scripts()).extracting(MigrationScript::id)
                .containsExactly("V1__create_notes.sql", "nested/V2__add_title.sql", "V3__add_author.sql");
    }

    @Test
    void duplicateVersionNamesBothFiles() {
        // Flyway treats 1 and 1.0 as the same version
        assertThatThrownBy(() -> new FlywayMigrationSource(Fixtures.filesystem("duplicates")).scripts())
                .isInstanceOf(MigrationSourceException.class)
                .hasMessageContaining("more than one Flyway migration with version 1")
                .hasMessageContaining("duplicates/V1__first.sql")
                .hasMessageContaining("duplicates/sub/V1.0__second.sql");
    }

    @Test
    void duplicateRepeatableDescriptionNamesBothFiles() {
        assertThatThrownBy(() -> new FlywayMigrationSource(Fixtures.filesystem("duplicate-repeatables")).scripts())
                .isInstanceOf(MigrationSourceException.class)
                .hasMessageContaining("more than one Flyway repeatable migration with description 'refresh views'")
                .hasMessageContaining("duplicate-repeatables/R__refresh_views.sql")
                .hasMessageContaining("duplicate-repeatables/sub/R__refresh_views.sql");
    }

    @Test
    void noExistingLocationIsAnErrorNamingLocationAndSetting() {
        FlywaySettings settings = Fixtures.filesystem("does/not/exist");

        assertThatThrownBy(() -> new FlywayMigrationSource(settings).scripts())
                .isInstanceOf(MigrationSourceException.class)
                .hasMessageContaining("No Flyway migration location exists: 'filesystem:does/not/exist'")
                .hasMessageContaining("does/not/exist")
                .hasMessageContaining("Set 'locations'");
    }

    @Test
    void defaultClasspathLocationWithoutRootsSaysSo() {
        FlywaySettings settings = FlywaySettings.defaults(Fixtures.ROOT, List.of());

        assertThatThrownBy(() -> new FlywayMigrationSource(settings).scripts())
                .hasMessageContaining("'classpath:db/migration' (no classpath directories were given to look in)");
    }

    @Test
    void someMissingLocationsAreWarnings() throws Exception {
        FlywaySettings settings = Fixtures.filesystem("duplicates")
                .withLocations(List.of("filesystem:classpath/resources/db/migration", "filesystem:missing-dir", "classpath:db/elsewhere"));
        FlywayMigrationSource source = new FlywayMigrationSource(settings);

        assertThat(source.scripts()).isNotEmpty();
        assertThat(source.warnings()).containsExactly(
                "Flyway location does not exist: 'filesystem:missing-dir' (looked for missing-dir) (setting 'locations')",
                "Flyway location does not exist: 'classpath:db/elsewhere' (no classpath directories were given to look in)"
                        + " (setting 'locations')");
    }

    @Test
    void unsupportedLocationSchemeNamesTheSetting() {
        FlywaySettings settings = Fixtures.filesystem("ordering").withLocations(List.of("s3:bucket/migrations"));

        assertThatThrownBy(() -> new FlywayMigrationSource(settings).scripts())
                .hasMessage("Flyway setting 'locations': 's3:bucket/migrations' uses a scheme Migration Studio"
                        + " cannot read offline; use classpath: or filesystem:");
    }

    @Test
    void baselineMigrationStandsForTheVersionsItCovers() throws Exception {
        FlywayMigrationSource source = new FlywayMigrationSource(Fixtures.filesystem("baseline"));

        assertThat(source.scripts()).extracting(MigrationScript::id)
                .containsExactly("B2__baseline.sql", "V3__add_born.sql", "R__legacy_names.sql");
        assertThat(source.warnings()).containsExactly(
                "baseline/V1__create_legacy.sql: not applied to an empty database, baseline migration"
                        + " baseline/B2__baseline.sql stands for versions up to 2",
                "baseline/V2__add_name.sql: not applied to an empty database, baseline migration"
                        + " baseline/B2__baseline.sql stands for versions up to 2");
    }

    @Test
    void undecodableFilesAreProblemsNamingFileAndLineAndTheOthersAreRead(@TempDir Path project) throws Exception {
        Path dir = Files.createDirectories(project.resolve("sql"));
        byte[] prefix = "-- first line\nCREATE TABLE t (id int);\nINSERT INTO t VALUES (1); -- caf".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[prefix.length + 3];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        bytes[prefix.length] = (byte) 0xE9; // Latin-1 'é', not valid UTF-8 here
        bytes[prefix.length + 1] = '\n';
        bytes[prefix.length + 2] = ';';
        Files.write(dir.resolve("V1__latin1.sql"), bytes);
        FlywaySettings settings = FlywaySettings.defaults(project, List.of()).withLocations(List.of("filesystem:sql"));

        Files.writeString(dir.resolve("V2__fine.sql"), "CREATE TABLE u (id int);");
        Files.write(dir.resolve("V3__image.sql"), new byte[] {'S', '\n', (byte) 0x89, 'P', 'N', 'G', 0, 0});

        FlywayMigrationSource utf8 = new FlywayMigrationSource(settings);
        assertThat(utf8.scripts()).extracting(MigrationScript::id).containsExactly("V2__fine.sql");
        assertThat(utf8.problems()).extracting(SourceProblem::line, SourceProblem::message).containsExactly(
                tuple(3, "sql/V1__latin1.sql is not valid UTF-8: byte 0xE9 at line 3, column 33 (byte offset "
                        + prefix.length + ") cannot start or continue a character; save the file as UTF-8 or set"
                        + " the Flyway setting 'encoding' to the file's encoding"),
                tuple(2, "sql/V3__image.sql looks like a binary file, not an SQL script: it holds a NUL byte at"
                        + " line 2, column 5 (byte offset 6)"));
        assertThat(utf8.problems()).extracting(SourceProblem::file)
                .containsExactly(dir.resolve("V1__latin1.sql"), dir.resolve("V3__image.sql"));
        Files.delete(dir.resolve("V2__fine.sql"));
        Files.delete(dir.resolve("V3__image.sql"));

        FlywayMigrationSource latin1 = new FlywayMigrationSource(settings.withEncoding(StandardCharsets.ISO_8859_1));
        assertThat(latin1.scripts()).singleElement().extracting(MigrationScript::sql).asString().contains("café");
    }

    @Test
    void scriptConfigCanSetEncodingAndUnknownKeysFailWithLine(@TempDir Path project) throws Exception {
        Path dir = Files.createDirectories(project.resolve("sql"));
        Files.write(dir.resolve("V1__latin1.sql"), "SELECT 'caf\u00e9';".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("V1__latin1.sql.conf"), "encoding=ISO-8859-1\n");
        Files.writeString(dir.resolve("V2__bom.sql"), "\uFEFFSELECT 2;");
        FlywaySettings settings = FlywaySettings.defaults(project, List.of()).withLocations(List.of("filesystem:sql"));

        List<MigrationScript> scripts = new FlywayMigrationSource(settings).scripts();
        assertThat(scripts).extracting(MigrationScript::sql).containsExactly("SELECT 'café';", "SELECT 2;");
        assertThat(scripts).allMatch(MigrationScript::transactional);

        Files.writeString(dir.resolve("V2__bom.sql.conf"), "# comment\nexecuteInTransaction=false\nexecuteInTransation=false\n");
        assertThatThrownBy(() -> new FlywayMigrationSource(settings).scripts())
                .hasMessage(dir.resolve("V2__bom.sql.conf") + ":3: unknown script configuration property"
                        + " 'executeInTransation'; Flyway accepts executeInTransaction, encoding and placeholderReplacement");

        Files.writeString(dir.resolve("V2__bom.sql.conf"), "executeInTransaction=no\n");
        assertThatThrownBy(() -> new FlywayMigrationSource(settings).scripts())
                .hasMessageEndingWith("V2__bom.sql.conf:1: executeInTransaction must be true or false, got 'no'");
    }

    /** Scripts are loaded in parallel: order, problems and the error thrown must still follow the apply order. */
    @Test
    void aLargeHistoryKeepsApplyOrderAndReportsTheFirstBadConfigurationInThatOrder(@TempDir Path project)
            throws Exception {
        Path dir = Files.createDirectories(project.resolve("sql"));
        for (int version = 1; version <= 400; version++) {
            Files.writeString(dir.resolve("V" + version + "__step.sql"), "SELECT " + version + ";");
        }
        // File-name order would put V300 before V97: version order must win.
        Files.write(dir.resolve("V300__step.sql"), new byte[] {'S', 0});
        Files.write(dir.resolve("V97__step.sql"), new byte[] {'S', (byte) 0xC3});
        FlywaySettings settings = FlywaySettings.defaults(project, List.of()).withLocations(List.of("filesystem:sql"));

        FlywayMigrationSource source = new FlywayMigrationSource(settings);
        assertThat(source.scripts()).hasSize(398).extracting(MigrationScript::version)
                .isEqualTo(IntStream.rangeClosed(1, 400).filter(v -> v != 97 && v != 300)
                        .mapToObj(String::valueOf).toList());
        assertThat(source.problems()).extracting(SourceProblem::file)
                .containsExactly(dir.resolve("V97__step.sql"), dir.resolve("V300__step.sql"));

        Files.writeString(dir.resolve("V350__step.sql.conf"), "executeInTransaction=maybe\n");
        Files.writeString(dir.resolve("V40__step.sql.conf"), "executeInTransaction=perhaps\n");
        assertThatThrownBy(() -> new FlywayMigrationSource(settings).scripts())
                .isInstanceOf(MigrationSourceException.class)
                .hasMessage(dir.resolve("V40__step.sql.conf") + ":1: executeInTransaction must be true or false, got 'perhaps'");
    }

    @Test
    void sourceDescribesItself() {
        FlywayMigrationSource source = new FlywayMigrationSource(Fixtures.filesystem("ordering")
                .withLocations(List.of("filesystem:a", "classpath:db/b")));

        assertThat(source.tool()).isEqualTo("flyway");
        assertThat(source.location()).isEqualTo("filesystem:a,classpath:db/b");
    }
}
