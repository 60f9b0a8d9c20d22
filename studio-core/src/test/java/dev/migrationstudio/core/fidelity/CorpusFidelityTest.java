package dev.migrationstudio.core.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationstudio.core.corpus.Corpus;
import dev.migrationstudio.core.history.HistoryAnalyzer;
import dev.migrationstudio.core.introspect.Introspection;
import dev.migrationstudio.core.introspect.Introspector;
import dev.migrationstudio.core.introspect.SchemaFilter;
import dev.migrationstudio.core.report.StudioLog;
import dev.migrationstudio.core.schema.Schema;
import dev.migrationstudio.core.schema.SchemaModel;
import dev.migrationstudio.core.shadow.HistoryReplayer;
import dev.migrationstudio.core.shadow.Platform;
import dev.migrationstudio.core.shadow.ShadowInitScripts;
import dev.migrationstudio.core.source.MigrationScript;
import dev.migrationstudio.core.sql.parse.StatementParser;
import dev.migrationstudio.core.testing.TestDatabase;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.sql.Connection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fidelity check on the Flyway corpora: the history runs in PostgreSQL 17, is introspected, and compared with
 * the static replay. Every object must compare identical, partitions included: what PostgreSQL copies from the
 * partitioned parent at CREATE/ATTACH PARTITION time (identity, constraints, index clones, row triggers) is replayed.
 * The static side replays the platform preamble (what the shadow runs first) and keeps the schemas introspection
 * reads, so grants compare exactly too.
 */
class CorpusFidelityTest {

    @ParameterizedTest
    @ValueSource(strings = {Corpus.SUPABASE_SAAS, Corpus.PLAIN_POSTGRES})
    void everyObjectOfTheCorpusIsPredictedExactly(String history) throws Exception {
        List<MigrationScript> scripts = new ArrayList<>();
        for (var file : Corpus.flywayScripts(history)) {
            scripts.add(new MigrationScript(file.getFileName().toString(), null, history,
                    MigrationScript.Kind.VERSIONED, file, Files.readString(file), 1, true, null));
        }
        Platform platform = history.equals(Corpus.SUPABASE_SAAS) ? Platform.SUPABASE : Platform.POSTGRES;
        List<MigrationScript> preamble = ShadowInitScripts.load(platform, List.of());
        HistoryAnalyzer analyzer = new HistoryAnalyzer(new StatementParser(), StudioLog.SILENT);
        SchemaModel parsed = analyzer.replay(preamble.stream().map(analyzer::parse).toList(),
                scripts.stream().map(analyzer::parse).toList(), SchemaFilter.ALL_APPLICATION_SCHEMAS::accepts).model();
        Introspection built;
        try (TestDatabase db = TestDatabase.create(); Connection connection = db.connection()) {
            HistoryReplayer replayer = new HistoryReplayer(StudioLog.SILENT, Corpus.root());
            assertThat(replayer.replay(connection, preamble).failures()).isEmpty();
            assertThat(replayer.replay(connection, scripts).failures()).isEmpty();
            built = new Introspector().introspect(connection, SchemaFilter.ALL_APPLICATION_SCHEMAS);
        }
        FidelityReport report = FidelityCheck.compare(parsed, built.model(), new HashSet<>(built.schemas()));
        report.expressions().forEach(d -> System.out.println("[" + history + "] expression text differs: " + d));
        assertThat(report.mismatches()).as(history).isEmpty();
        assertThat(report.identical().get("table")).isEqualTo(built.model().tables().size());
        assertThat(report.identical().get("index")).isEqualTo(built.model().indexes().size());
        assertThat(report.identical().get("trigger")).isEqualTo(built.model().triggers().size());
        assertThat(report.identical().get("table")).isGreaterThan(5);
        // The platform preamble replayed first gives the static model the grants the shadow has (Supabase's
        // default privileges to anon, authenticated and service_role), and the same schemas.
        assertThat(parsed.schemas()).extracting(Schema::name)
                .containsExactlyElementsOf(built.model().schemas().stream().map(Schema::name).toList());
        assertThat(parsed.grants()).as(history).containsExactlyElementsOf(built.model().grants());
        assertThat(report.identical().get("policy")).isEqualTo(built.model().policies().size());
    }
}
