package dev.migrationstudio.liquibase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationstudio.core.corpus.Corpus;
import dev.migrationstudio.core.fidelity.FidelityCheck;
import dev.migrationstudio.core.fidelity.FidelityReport;
import dev.migrationstudio.core.history.HistoryAnalyzer;
import dev.migrationstudio.core.introspect.Introspection;
import dev.migrationstudio.core.introspect.Introspector;
import dev.migrationstudio.core.introspect.SchemaFilter;
import dev.migrationstudio.core.report.StudioLog;
import dev.migrationstudio.core.schema.SchemaModel;
import dev.migrationstudio.core.shadow.HistoryReplayer;
import dev.migrationstudio.core.source.MigrationScript;
import dev.migrationstudio.core.sql.parse.StatementParser;
import dev.migrationstudio.core.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fidelity check on the Liquibase corpus (XML and YAML changelogs, {@code <sql>} blocks, a non-transactional
 * changeset): the SQL the bridge reads from each changeset is replayed statically and run in PostgreSQL 17, as
 * {@code studio:sql-parse -Dstudio.verify=true} does, and every object must compare identical.
 */
class LiquibaseCorpusFidelityTest {

    @Test
    void everyObjectOfTheLiquibaseCorpusIsPredictedExactly() throws Exception {
        Path dir = Corpus.root().resolve(Corpus.LIQUIBASE);
        List<MigrationScript> scripts = new LiquibaseMigrationSource(
                new LiquibaseSettings("db.changelog-master.xml", dir, "dev", null)).scripts();
        HistoryAnalyzer analyzer = new HistoryAnalyzer(new StatementParser(), StudioLog.SILENT);
        SchemaModel parsed = analyzer.replay(List.of(), scripts.stream().map(analyzer::parse).toList(),
                SchemaFilter.ALL_APPLICATION_SCHEMAS::accepts).model();
        Introspection built;
        try (TestDatabase db = TestDatabase.create(); Connection connection = db.connection()) {
            assertThat(new HistoryReplayer(StudioLog.SILENT, dir).replay(connection, scripts).failures()).isEmpty();
            built = new Introspector().introspect(connection, SchemaFilter.ALL_APPLICATION_SCHEMAS);
        }

        FidelityReport report = FidelityCheck.compare(parsed, built.model(), new HashSet<>(built.schemas()));
        report.expressions().forEach(d -> System.out.println("[liquibase] expression text differs: " + d));
        assertThat(report.mismatches()).isEmpty();
        assertThat(scripts).hasSize(14);
        assertThat(report.identical().get("table")).isEqualTo(built.model().tables().size()).isGreaterThanOrEqualTo(3);
        assertThat(report.identical().get("policy")).isEqualTo(built.model().policies().size()).isEqualTo(5);
        assertThat(report.identical().get("index")).isEqualTo(built.model().indexes().size());
        assertThat(parsed.grants()).containsExactlyElementsOf(built.model().grants());
    }
}
