package dev.migrationstudio.flyway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrationstudio.core.introspect.Introspector;
import dev.migrationstudio.core.introspect.SchemaFilter;
import dev.migrationstudio.core.scaffold.EmptyMigrationScaffold;
import dev.migrationstudio.core.scaffold.MigrationDraft;
import dev.migrationstudio.core.scaffold.ScaffoldLint;
import dev.migrationstudio.core.scaffold.ScaffoldScenario;
import dev.migrationstudio.core.scaffold.ScaffoldScenario.Step;
import dev.migrationstudio.core.scaffold.WritePlan;
import dev.migrationstudio.core.schema.SchemaModel;
import dev.migrationstudio.core.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlywayScaffoldTest {

    @Test
    void everyGoalsMigrationAppliesThroughFlywayAndItsUndoScriptRemovesIt(@TempDir Path project) throws Exception {
        FlywaySettings settings = FlywaySettings.defaults(project, List.of()).withLocations(List.of("filesystem:db/migration"));
        FlywayMigrationWriter writer = new FlywayMigrationWriter(settings);
        TestDatabase database = TestDatabase.create();
        FlywayMigrationRunner runner = new FlywayMigrationRunner(database.jdbcUrl(), TestDatabase.USER, null, settings);
        List<Step> steps = ScaffoldScenario.steps();
        ScaffoldLint.assertSafe(ScaffoldScenario.drafts(steps));
        List<List<String>> versionsByStep = new ArrayList<>();
        for (Step step : steps) {
            WritePlan plan = writer.plan(step.scaffold().migrations());
            plan.commit();
            versionsByStep.add(plan.migrated().stream().map(FlywayScaffoldTest::version).toList());
            runner.migrate();
            assertThat(step.present().test(model(database))).as("%s applied", step.goal()).isTrue();
        }
        assertThat(versionsByStep.stream().flatMap(List::stream))
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13");
        assertThat(project.resolve("db/migration/V5__add_index_todo_items_created_at_idx_on_todo_items.sql.conf"))
                .hasContent("executeInTransaction=false");

        FlywayUndo undo = new FlywayUndo(settings);
        for (int i = steps.size() - 1; i >= 0; i--) {
            List<String> versions = new ArrayList<>(versionsByStep.get(i));
            java.util.Collections.reverse(versions);
            for (String version : versions) {
                undo.undo(database.jdbcUrl(), TestDatabase.USER, null, version);
            }
            assertThat(steps.get(i).present().test(model(database))).as("%s rolled back", steps.get(i).goal()).isFalse();
        }
        assertThat(model(database).tables()).extracting(t -> t.name()).containsExactly("flyway_schema_history");
        // Undone migrations are pending again: the whole history re-applies.
        assertThat(runner.migrate()).hasSize(13);
    }

    @Test
    void followsTheProjectsVersionStyleAndNeverGoesBelowTheLatest(@TempDir Path project) throws Exception {
        Clock noon = Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC);
        assertThat(nextNames(project.resolve("padded"), noon, "V001__a.sql", "V002__b.sql"))
                .containsExactly("V003__two.sql", "V004__two.sql");
        assertThat(nextNames(project.resolve("dotted"), noon, "V1.2.9__a.sql", "V1.2.10__b.sql", "V1.1__c.sql"))
                .containsExactly("V1.2.11__two.sql", "V1.2.12__two.sql");
        assertThat(nextNames(project.resolve("underscore"), noon, "V1_9__a.sql"))
                .containsExactly("V1_10__two.sql", "V1_11__two.sql");
        assertThat(nextNames(project.resolve("stamps"), noon, "V20240101120000__a.sql"))
                .containsExactly("V20250301120000__two.sql", "V20250301120001__two.sql");
        // A timestamp from the future (a clock ahead on another machine) is never undercut.
        assertThat(nextNames(project.resolve("future"), noon, "V20990101000000__a.sql"))
                .containsExactly("V20990101000001__two.sql", "V20990101000002__two.sql");
        assertThat(nextNames(project.resolve("undo-only"), noon, "V1__a.sql", "U7__a.sql"))
                .containsExactly("V8__two.sql", "V9__two.sql");
        assertThat(nextNames(project.resolve("empty"), noon)).containsExactly("V1__two.sql", "V2__two.sql");
    }

    @Test
    void refusesToOverwriteAScriptThatAppearedAfterThePlan(@TempDir Path project) throws Exception {
        FlywaySettings settings = FlywaySettings.defaults(project, List.of()).withLocations(List.of("filesystem:sql"));
        WritePlan plan = new FlywayMigrationWriter(settings).plan(EmptyMigrationScaffold.generate("a").migrations());
        Files.createDirectories(project.resolve("sql"));
        Files.writeString(project.resolve("sql/V1__a.sql"), "SELECT 1;");
        assertThatThrownBy(plan::commit).hasMessageContaining("V1__a.sql already exists");
        assertThat(project.resolve("sql/V1__a.sql")).hasContent("SELECT 1;");
        try (Stream<Path> files = Files.list(project.resolve("sql"))) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("V1__a.sql");
        }
    }

    private static List<String> nextNames(Path directory, Clock clock, String... existing) throws Exception {
        Files.createDirectories(directory);
        for (String name : existing) {
            Files.writeString(directory.resolve(name), "SELECT 1;");
        }
        FlywaySettings settings = FlywaySettings.defaults(directory, List.of()).withLocations(List.of("filesystem:."));
        MigrationDraft draft = EmptyMigrationScaffold.generate("two").migrations().get(0);
        return new FlywayMigrationWriter(settings, clock).plan(List.of(draft, draft)).migrated().stream()
                .map(path -> path.getFileName().toString()).toList();
    }

    private static String version(Path script) {
        String name = script.getFileName().toString();
        return name.substring(1, name.indexOf("__"));
    }

    private static SchemaModel model(TestDatabase database) throws Exception {
        try (Connection connection = database.connection()) {
            return new Introspector().introspect(connection, SchemaFilter.only("public")).model();
        }
    }
}
