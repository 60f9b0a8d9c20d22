package dev.migrationstudio.liquibase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationstudio.core.introspect.Introspector;
import dev.migrationstudio.core.introspect.SchemaFilter;
import dev.migrationstudio.core.scaffold.ScaffoldLint;
import dev.migrationstudio.core.scaffold.ScaffoldScenario;
import dev.migrationstudio.core.scaffold.ScaffoldScenario.Step;
import dev.migrationstudio.core.schema.SchemaModel;
import dev.migrationstudio.core.source.MigrationScript;
import dev.migrationstudio.core.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LiquibaseScaffoldTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "master.xml|<?xml version=\"1.0\" encoding=\"UTF-8\"?>\\n<databaseChangeLog xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd\">\\n</databaseChangeLog>\\n",
            "master.yaml|databaseChangeLog: []\\n",
            "master.sql|--liquibase formatted sql\\n"})
    void everyGoalsChangeSetAppliesThroughLiquibaseAndRollsBack(String file, String emptyChangelog, @TempDir Path project)
            throws Exception {
        Files.writeString(project.resolve(file), emptyChangelog.replace("\\n", "\n"));
        LiquibaseSettings settings = new LiquibaseSettings(file, project, null, null);
        LiquibaseChangeLogWriter writer = new LiquibaseChangeLogWriter(settings, "dev@example.com");
        LiquibaseMigrationRunner runner = new LiquibaseMigrationRunner(settings);
        TestDatabase database = TestDatabase.create();
        List<Step> steps = ScaffoldScenario.steps();
        List<Integer> changeSetsByStep = new ArrayList<>();
        for (Step step : steps) {
            writer.plan(step.scaffold().migrations()).commit();
            changeSetsByStep.add(runner.update(database.jdbcUrl(), TestDatabase.USER, null).size());
            assertThat(step.present().test(model(database))).as("%s applied", step.goal()).isTrue();
        }
        assertThat(changeSetsByStep).containsExactly(1, 1, 1, 1, 1, 2, 2, 2, 1, 1);

        // What Liquibase reads back is what we wrote: non-transactional where needed, every changeset with rollback.
        List<LiquibaseChangeSet> changeSets = new LiquibaseMigrationSource(settings).changeSets();
        assertThat(changeSets).extracting(c -> c.script().transactional())
                .containsExactly(true, true, true, true, false, true, true, false, true, true, true, true, true);
        assertThat(changeSets).allMatch(c -> c.rollbackSql().isPresent());
        ScaffoldLint.assertSafe(ScaffoldScenario.drafts(steps));
        assertThat(changeSets.stream().map(LiquibaseChangeSet::script).map(MigrationScript::sql))
                .anyMatch(sql -> sql.contains("CREATE INDEX CONCURRENTLY todo_items_created_at_idx"));

        for (int i = steps.size() - 1; i >= 0; i--) {
            runner.rollbackCount(database.jdbcUrl(), TestDatabase.USER, null, changeSetsByStep.get(i));
            assertThat(steps.get(i).present().test(model(database))).as("%s rolled back", steps.get(i).goal()).isFalse();
        }
        assertThat(model(database).tables()).extracting(t -> t.name())
                .containsExactlyInAnyOrder("databasechangelog", "databasechangeloglock");
    }

    private static SchemaModel model(TestDatabase database) throws Exception {
        try (Connection connection = database.connection()) {
            return new Introspector().introspect(connection, SchemaFilter.only("public")).model();
        }
    }
}
