package dev.migrationstudio.liquibase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationstudio.core.corpus.Corpus;
import dev.migrationstudio.core.history.HistoryAnalysis;
import dev.migrationstudio.core.history.HistoryAnalyzer;
import dev.migrationstudio.core.lint.LintConfig;
import dev.migrationstudio.core.lint.LintReport;
import dev.migrationstudio.core.lint.MigrationLinter;
import dev.migrationstudio.core.report.StudioLog;
import dev.migrationstudio.core.sql.parse.StatementParser;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The linter on the Liquibase corpus, read by the real bridge; the counts pin the hand review of every finding. */
class LiquibaseCorpusLintTest {

    @Test
    void liquibaseCorpus() throws Exception {
        Path dir = Corpus.root().resolve(Corpus.LIQUIBASE);
        var scripts = new LiquibaseMigrationSource(
                new LiquibaseSettings("db.changelog-master.xml", dir, null, null)).scripts();
        HistoryAnalysis analysis = new HistoryAnalyzer(new StatementParser(), StudioLog.SILENT).analyze(scripts);
        LintReport report = new MigrationLinter().lint(analysis, LintConfig.defaults().withBaseDirectory(dir));
        assertThat(report.countsByRule()).isEqualTo(Map.of("add-fk-not-valid", 1, "create-index-not-concurrent", 1,
                "missing-rls", 4, "prefer-text-over-varchar", 3, "require-lock-timeout", 7));
    }
}
