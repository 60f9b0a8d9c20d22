package dev.migrationstudio.liquibase;

import dev.migrationstudio.core.source.MigrationSourceException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LiquibaseSettingsTest {

    @Test
    void readsWhatLiquibaseMavenPluginConfigures() throws Exception {
        Path baseDir = Fixtures.dir("project");

        LiquibaseSettings settings = LiquibaseSettings.fromPluginConfiguration(Map.of(
                "changeLogFile", "  db/changelog/master.xml\n ",
                "contexts", "test,dev",
                "labelFilter", "v1 and !legacy"), baseDir);

        assertThat(settings.changeLogFile()).isEqualTo("db/changelog/master.xml");
        assertThat(settings.baseDir()).isEqualTo(baseDir);
        assertThat(settings.contexts()).isEqualTo("test,dev");
        assertThat(settings.labels()).isEqualTo("v1 and !legacy");
        assertThat(settings.searchPath()).containsExactly(baseDir);
    }

    @Test
    void olderLabelsKeyAndSearchPathAreHonoured() throws Exception {
        Path baseDir = Fixtures.dir("project");

        LiquibaseSettings settings = LiquibaseSettings.fromPluginConfiguration(Map.of(
                "changeLogFile", "master.xml",
                "labels", "v2",
                "searchPath", "db/changelog, other"), baseDir);

        assertThat(settings.labels()).isEqualTo("v2");
        assertThat(settings.contexts()).isNull();
        assertThat(settings.searchPath()).containsExactly(baseDir.resolve("db/changelog"), baseDir.resolve("other"));
    }

    @Test
    void searchPathDefaultsToProjectAndItsResourcesDirectory() {
        Path baseDir = Fixtures.dir("resources-project");

        LiquibaseSettings settings = new LiquibaseSettings("db/master.yaml", baseDir, " ", null);

        assertThat(settings.searchPath()).isEqualTo(List.of(baseDir, baseDir.resolve("src/main/resources")));
        assertThat(settings.contexts()).isNull();
    }

    @Test
    void missingChangeLogFileNamesTheSetting() {
        assertThatThrownBy(() -> LiquibaseSettings.fromPluginConfiguration(Map.of("contexts", "x"), Path.of(".")))
                .isInstanceOf(MigrationSourceException.class)
                .hasMessageContaining("changeLogFile")
                .hasMessageContaining("liquibase-maven-plugin");
    }

    @Test
    void absoluteChangeLogFileInsideTheProjectIsUsedRelativeToIt() throws Exception {
        Path baseDir = Fixtures.dir("project");
        String absolute = baseDir.resolve("db/changelog/master.xml").toString();

        LiquibaseMigrationSource source = new LiquibaseMigrationSource(new LiquibaseSettings(absolute, baseDir, null, null));

        assertThat(source.scripts().get(0).changeSet().changelog()).isEqualTo("db/changelog/master.xml");
    }

    @Test
    void absoluteChangeLogFileOutsideTheSearchPathIsRefusedWithTheSetting() {
        Path baseDir = Fixtures.dir("project");
        String outside = Fixtures.dir("errors").resolve("malformed.xml").toString();

        assertThatThrownBy(() -> new LiquibaseMigrationSource(new LiquibaseSettings(outside, baseDir, null, null)).scripts())
                .isInstanceOf(MigrationSourceException.class)
                .hasMessageContaining("changeLogFile")
                .hasMessageContaining("outside the search path");
    }
}
