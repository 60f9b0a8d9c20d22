package dev.migrationstudio.core.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationstudio.core.corpus.Corpus;
import dev.migrationstudio.core.history.HistoryAnalysis;
import dev.migrationstudio.core.history.HistoryAnalyzer;
import dev.migrationstudio.core.report.StudioLog;
import dev.migrationstudio.core.source.MigrationScript;
import dev.migrationstudio.core.sql.parse.StatementParser;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The linter on the realistic Flyway corpora. Every finding was reviewed by hand (see the issue note); the
 * counts pin that review, so a new false positive or a lost true one fails here.
 */
class LintCorpusTest {
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__(.+)\\.sql");

    static List<MigrationScript> flyway(String history) {
        return Corpus.flywayScripts(history).stream().map(LintCorpusTest::script).toList();
    }

    private static MigrationScript script(Path file) {
        Matcher name = VERSIONED.matcher(file.getFileName().toString());
        name.matches();
        return new MigrationScript(file.getFileName().toString(), name.group(1), name.group(2),
                MigrationScript.Kind.VERSIONED, file, Corpus.read(file), 1, true, null);
    }

    static LintReport lint(List<MigrationScript> scripts) {
        HistoryAnalysis analysis = new HistoryAnalyzer(new StatementParser(), StudioLog.SILENT).analyze(scripts);
        LintReport report = new MigrationLinter().lint(analysis, LintConfig.defaults().withBaseDirectory(Corpus.root()));
        return report;
    }

    @Test
    void supabaseSaas() {
        LintReport report = lint(flyway(Corpus.SUPABASE_SAAS));
        assertThat(report.countsByRule()).isEqualTo(Map.of("require-lock-timeout", 6,
                "create-index-not-concurrent", 1, "missing-rls", 2, "fk-missing-index", 3, "add-column-rewrite", 1));
    }

    @Test
    void plainPostgres() {
        LintReport report = lint(flyway(Corpus.PLAIN_POSTGRES));
        assertThat(report.countsByRule()).isEqualTo(Map.ofEntries(Map.entry("enum-add-value-ordering", 1),
                Map.entry("prefer-timestamptz", 1), Map.entry("set-not-null", 1), Map.entry("prefer-bigint-over-int", 1),
                Map.entry("rename-table", 2), Map.entry("validate-same-transaction", 1), Map.entry("rename-column", 1),
                Map.entry("require-lock-timeout", 4), Map.entry("prefer-text-over-varchar", 1),
                Map.entry("fk-missing-index", 2), Map.entry("alter-column-type", 2)));
    }
}
