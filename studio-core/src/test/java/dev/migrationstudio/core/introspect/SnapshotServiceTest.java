package dev.migrationstudio.core.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationstudio.core.connect.ConnectionSettings;
import dev.migrationstudio.core.report.StudioLog;
import dev.migrationstudio.core.schema.Table;
import dev.migrationstudio.core.shadow.Platform;
import dev.migrationstudio.core.source.MigrationScript;
import dev.migrationstudio.core.source.MigrationSource;
import dev.migrationstudio.core.source.SourceProblem;
import dev.migrationstudio.core.testing.TestBinaries;
import dev.migrationstudio.core.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotServiceTest {
    @TempDir
    Path project;

    private static MigrationScript script(Path file, String sql) {
        String name = file.getFileName().toString();
        return new MigrationScript(name, name.substring(1, name.indexOf("__")), name, MigrationScript.Kind.VERSIONED,
                file, sql, 1, true, null);
    }

    private static MigrationSource source(List<MigrationScript> scripts) {
        return source(scripts, List.of());
    }

    private static MigrationSource source(List<MigrationScript> scripts, List<SourceProblem> problems) {
        return new MigrationSource() {
            @Override
            public List<SourceProblem> problems() {
                return problems;
            }

            @Override
            public String tool() {
                return "test";
            }

            @Override
            public String location() {
                return "db/migration";
            }

            @Override
            public List<MigrationScript> scripts() {
                return scripts;
            }
        };
    }

    @Test
    void shadowReplaysPlatformInitScriptsAndHistoryThenIntrospects() throws Exception {
        Path init = Files.writeString(project.resolve("init.sql"), "CREATE ROLE reporting NOLOGIN;");
        Path v1 = project.resolve("db/migration/V1__notes.sql");
        Path v2 = project.resolve("db/migration/V2__broken.sql");
        List<MigrationScript> history = List.of(
                script(v1, """
                        CREATE TABLE public.notes (id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
                          owner uuid NOT NULL REFERENCES auth.users (id), body text);
                        ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
                        CREATE POLICY notes_owner ON public.notes FOR ALL TO authenticated USING (auth.uid() = owner);
                        GRANT SELECT ON public.notes TO reporting;
                        COPY public.notes (id, owner, body) FROM stdin;
                        \\.
                        """),
                script(v2, """
                        CREATE EXTENSION IF NOT EXISTS surely_not_installed;

                        ALTER TABLE public.notes ADD COLUMN title text;
                        """));
        DatabaseTarget.Shadow target = new DatabaseTarget.Shadow(TestBinaries.onClasspath(), project.resolve("pg"),
                Duration.ofSeconds(60), Platform.SUPABASE, List.of(init), source(history), project);

        SnapshotService.Outcome outcome = new SnapshotService(StudioLog.SILENT, Clock.systemUTC())
                .capture(target, SchemaFilter.ALL_APPLICATION_SCHEMAS, Duration.ofSeconds(30));

        SchemaSnapshot snapshot = outcome.snapshot();
        assertThat(snapshot.source()).isEqualTo("shadow:db/migration");
        assertThat(snapshot.schemas()).containsExactly("public");
        assertThat(snapshot.model().tables()).extracting(Table::id).containsExactly("public.notes");
        Table notes = snapshot.model().tables().get(0);
        assertThat(notes.rlsEnabled()).isTrue();
        assertThat(notes.columns()).extracting(c -> c.name()).containsExactly("id", "owner", "body", "title");
        assertThat(snapshot.model().policies()).singleElement()
                .satisfies(policy -> assertThat(policy.roles()).containsExactly("authenticated"));
        assertThat(snapshot.model().grants()).anyMatch(grant -> grant.grantee().equals("reporting"));
        assertThat(snapshot.replayFailures()).singleElement().satisfies(failure -> {
            assertThat(failure.file()).isEqualTo("db/migration/V2__broken.sql");
            assertThat(failure.line()).isEqualTo(1);
            assertThat(failure.statement()).isEqualTo("CREATE EXTENSION IF NOT EXISTS surely_not_installed");
            assertThat(failure.error()).contains("surely_not_installed");
        });
        assertThat(outcome.scriptsReplayed()).isEqualTo(2);
    }

    @Test
    void filesTheSourceCouldNotReadAreReportedAsNotReplayed() throws Exception {
        Path bad = project.resolve("db/migration/V2__latin1.sql");
        List<MigrationScript> history = List.of(script(project.resolve("db/migration/V1__t.sql"), "CREATE TABLE t (id int);"));
        SourceProblem problem = new SourceProblem(bad, 3, bad + ":3: invalid UTF-8 input");
        DatabaseTarget.Shadow target = new DatabaseTarget.Shadow(TestBinaries.onClasspath(), project.resolve("pg"),
                Duration.ofSeconds(60), Platform.POSTGRES, List.of(), source(history, List.of(problem)), project);

        SchemaSnapshot snapshot = new SnapshotService(StudioLog.SILENT, Clock.systemUTC())
                .capture(target, SchemaFilter.ALL_APPLICATION_SCHEMAS, Duration.ofSeconds(30)).snapshot();

        assertThat(snapshot.model().tables()).extracting(Table::id).containsExactly("public.t");
        assertThat(snapshot.replayFailures()).singleElement().satisfies(failure -> {
            assertThat(failure.file()).isEqualTo("db/migration/V2__latin1.sql");
            assertThat(failure.line()).isEqualTo(3);
            assertThat(failure.error()).startsWith("not replayed: ").contains("invalid UTF-8");
        });
    }

    @Test
    void liveDatabaseIsReadAsItIsWithTheUrlMasked() throws Exception {
        try (TestDatabase database = TestDatabase.create()) {
            database.execute("CREATE TABLE t (id int PRIMARY KEY)");
            ConnectionSettings settings = new ConnectionSettings(database.jdbcUrl() + "&password=hidden", "postgres",
                    "hidden", Duration.ofSeconds(5), "studio.url");
            SchemaSnapshot snapshot = new SnapshotService(StudioLog.SILENT, Clock.systemUTC())
                    .capture(new DatabaseTarget.Live(settings), SchemaFilter.ALL_APPLICATION_SCHEMAS, Duration.ofSeconds(30))
                    .snapshot();
            assertThat(snapshot.source()).contains("password=****").doesNotContain("hidden");
            assertThat(snapshot.model().tables()).extracting(Table::id).containsExactly("public.t");
            assertThat(snapshot.replayFailures()).isEmpty();
        }
    }

}
