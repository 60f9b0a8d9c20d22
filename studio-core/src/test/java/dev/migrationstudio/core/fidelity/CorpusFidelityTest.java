package dev.migrationstudio.core.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationstudio.core.corpus.Corpus;
import dev.migrationstudio.core.history.HistoryAnalyzer;
import dev.migrationstudio.core.introspect.Introspection;
import dev.migrationstudio.core.introspect.Introspector;
import dev.migrationstudio.core.introspect.SchemaFilter;
import dev.migrationstudio.core.report.StudioLog;
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
 * the static replay. Every object must compare identical, except one known replay gap: a partition gets from its
 * partitioned parent what PostgreSQL copies at CREATE/ATTACH PARTITION time (the identity of a column, the columns
 * and constraints of a table attached later, and clones of the parent's indexes and row triggers); the replay does
 * not model that copy yet, so those objects of the partitions are listed and this test pins them.
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
        SchemaModel parsed = new HistoryAnalyzer(new StatementParser(), StudioLog.SILENT).analyze(scripts).model();
        Introspection built;
        try (TestDatabase db = TestDatabase.create(); Connection connection = db.connection()) {
            HistoryReplayer replayer = new HistoryReplayer(StudioLog.SILENT, Corpus.root());
            Platform platform = history.equals(Corpus.SUPABASE_SAAS) ? Platform.SUPABASE : Platform.POSTGRES;
            assertThat(replayer.replay(connection, ShadowInitScripts.load(platform, List.of())).failures()).isEmpty();
            assertThat(replayer.replay(connection, scripts).failures()).isEmpty();
            built = new Introspector().introspect(connection, SchemaFilter.ALL_APPLICATION_SCHEMAS);
        }
        FidelityReport report = FidelityCheck.compare(parsed, built.model(), new HashSet<>(built.schemas()));
        report.expressions().forEach(d -> System.out.println("[" + history + "] expression text differs: " + d));
        assertThat(report.mismatches()).as(history)
                .allSatisfy(d -> assertThat(d.id()).matches("shop\\.orders_(20\\d\\d_h[12]|default).*"));
        assertThat(report.mismatches()).as(history).filteredOn(d -> d.kind().equals("policy")).isEmpty();
        long partitionsWithGap = report.mismatches().stream().filter(d -> d.kind().equals("table"))
                .map(FidelityReport.Difference::id).distinct().count();
        assertThat(report.identical().get("table") + partitionsWithGap).isEqualTo(built.model().tables().size());
        assertThat(report.identical().get("table")).isGreaterThan(5);
        assertThat(report.identical().get("policy")).isEqualTo(built.model().policies().size());
    }
}
