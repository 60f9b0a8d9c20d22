package dev.migrationstudio.core.intent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationstudio.core.history.HistoryAnalysis;
import dev.migrationstudio.core.history.HistoryAnalyzer;
import dev.migrationstudio.core.introspect.Introspector;
import dev.migrationstudio.core.introspect.SchemaFilter;
import dev.migrationstudio.core.report.StudioLog;
import dev.migrationstudio.core.schema.SchemaModel;
import dev.migrationstudio.core.source.MigrationScript;
import dev.migrationstudio.core.sql.parse.StatementParser;
import dev.migrationstudio.core.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A history replayed statically against a real PostgreSQL database that ran the same history and then drifted by
 * hand: the scores must come out of the scoring table, not of differences in how each side spells things.
 */
class IntentSyncDatabaseTest {
    private static final String V1 = """
            create table accounts (id uuid primary key, handle varchar(40) not null, balance numeric(12,2));
            create table notes (id bigint generated always as identity primary key, body text, created_at timestamptz default now());
            create table planned (id int);
            alter table accounts enable row level security;
            create policy accounts_read on accounts for select to public using (true);
            create function public.note_count() returns bigint language sql stable as $$ select count(*) from notes $$;
            create view public.note_view as select id, created_at from notes;
            """;
    private static final String V2 = """
            -- studio cannot model this statement
            do $$ begin raise notice 'hello'; end $$;
            """;
    private static final String DRIFT = """
            create table hand_made (id int);
            alter table accounts add column nickname text;
            alter table notes alter column body type varchar(200);
            drop table planned;
            """;

    private static SyncReport report;
    private static HistoryAnalysis history;

    @BeforeAll
    static void syncDriftedDatabase() throws Exception {
        history = new HistoryAnalyzer(new StatementParser(), StudioLog.SILENT)
                .analyze(List.of(script("V1__init.sql", V1), script("V2__notice.sql", V2)));
        SchemaModel database;
        try (TestDatabase db = TestDatabase.create()) {
            db.execute(V1);
            db.execute(DRIFT);
            try (Connection connection = db.connection()) {
                database = new Introspector().introspect(connection, SchemaFilter.ALL_APPLICATION_SCHEMAS).model();
            }
        }
        report = new IntentSync().sync(new IntentSync.Sources("db", "history"), database, history.model(),
                List.of("public.note_view"));
    }

    private static MigrationScript script(String name, String sql) {
        return new MigrationScript(name, name.substring(1, 2), name, MigrationScript.Kind.VERSIONED,
                Path.of("db/migration", name), sql, 1, true, null);
    }

    private static Map<String, ObjectMatch> byId() {
        return report.all().collect(Collectors.toMap(ObjectMatch::id, Function.identity()));
    }

    @Test
    void scoresEachKindOfDrift() {
        Map<String, ObjectMatch> matches = byId();
        assertThat(matches.get("public.accounts").confidence()).isEqualByComparingTo("0.75");
        assertThat(matches.get("public.notes").confidence()).isEqualByComparingTo("0.90");
        assertThat(matches.get("public.notes").driftDetails()).containsExactly(
                "column body is character varying(200) in the database but text in the migrations");
        assertThat(matches.get("public.hand_made").confidence()).isEqualByComparingTo("0.35");
        assertThat(matches.get("public.planned").confidence()).isEqualByComparingTo("0.70");
    }

    @Test
    void policiesFunctionsAndViewsDeclaredAlikeMatchFully() {
        Map<String, ObjectMatch> matches = byId();
        assertThat(matches.get("public.accounts.accounts_read").objectType()).isEqualTo(ObjectType.POLICY);
        assertThat(matches.get("public.accounts.accounts_read").driftDetails()).isEmpty();
        assertThat(matches.get("public.accounts.accounts_read").confidence()).isEqualByComparingTo("0.98");
        assertThat(matches.get("public.note_count()").objectType()).isEqualTo(ObjectType.FUNCTION);
        assertThat(matches.get("public.note_count()").driftDetails()).isEmpty();
        assertThat(matches.get("public.note_view").objectType()).isEqualTo(ObjectType.VIEW);
        assertThat(matches.get("public.note_view").confidence()).isEqualByComparingTo("0.98");
    }

    @Test
    void reportGroupsAndSummarises() {
        assertThat(report.unmatchedDb()).extracting(ObjectMatch::id).containsExactly("public.hand_made");
        assertThat(report.unmatchedIntent()).extracting(ObjectMatch::id).containsExactly("public.planned");
        assertThat(report.summary().objects()).isEqualTo(7);
        assertThat(report.summary().matched()).isEqualTo(5);
        assertThat(report.summary().drifted()).isEqualTo(4);
        // (0.75 + 0.98 + 0.98 + 0.90 + 0.98 + 0.35 + 0.70) / 7 = 0.805...
        assertThat(report.summary().averageConfidence().toPlainString()).isEqualTo("0.81");
        assertThat(report.scope().managedSchemas()).containsExactly("public");
        assertThat(report.scope().excludedSchemas()).contains("auth", "storage", "pg_catalog");
    }

    @Test
    void initTurnsScoresIntoStatusesAndKeepsOpaqueStatements() {
        List<OpaqueBlock> opaque = OpaqueBlocks.of(history, Path::toString);
        IntentGraph graph = new IntentInit().init(report, opaque);
        assertThat(graph.mode()).isEqualTo(GraphMode.BROWNFIELD_MANAGED);
        assertThat(graph.object("public.notes").orElseThrow().managedStatus()).isEqualTo(ManagedStatus.MANAGED);
        assertThat(graph.object("public.accounts").orElseThrow().managedStatus()).isEqualTo(ManagedStatus.ASSISTED);
        assertThat(graph.object("public.planned").orElseThrow().managedStatus()).isEqualTo(ManagedStatus.ASSISTED);
        assertThat(graph.object("public.hand_made").orElseThrow().managedStatus()).isEqualTo(ManagedStatus.OPAQUE);
        assertThat(graph.object("public.note_view").orElseThrow().managedStatus()).isEqualTo(ManagedStatus.EXCLUDED);
        assertThat(graph.managedScope().explicitExclusions()).containsExactly("public.note_view");
        assertThat(opaque).hasSize(1);
        assertThat(opaque.get(0).file()).isEqualTo(Path.of("db/migration", "V2__notice.sql").toString());
        assertThat(opaque.get(0).line()).isEqualTo(2);
        assertThat(opaque.get(0).sql()).startsWith("do $$ begin raise notice");
        assertThat(opaque.get(0).reason()).isNotBlank();
        assertThat(graph.opaqueBlocks()).isEqualTo(opaque);
    }
}
