package dev.migrationstudio.core.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.history.HistoryAnalysis;
import dev.migrationstudio.core.lint.LintConfig;
import dev.migrationstudio.core.lint.LintReport;
import dev.migrationstudio.core.lint.MigrationLinter;
import dev.migrationstudio.core.history.HistoryAnalyzer;
import dev.migrationstudio.core.history.ParsedScript;
import dev.migrationstudio.core.report.StudioLog;
import dev.migrationstudio.core.source.MigrationScript;
import dev.migrationstudio.core.sql.parse.ParsedStatement;
import dev.migrationstudio.core.sql.parse.StatementParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place tests check that generated migrations are safe: each draft becomes a history script (with its
 * transaction flag) and goes through the {@link HistoryAnalyzer}, as the lint engine reads histories.
 *
 * <p>Our own linter must find no error in them, and the safety properties the issue names are asserted directly
 * too, so that a rule switched off or weakened later cannot hide a regression here.
 */
public final class ScaffoldLint {
    private ScaffoldLint() {
    }

    public static HistoryAnalysis analyze(List<MigrationDraft> drafts) {
        List<MigrationScript> scripts = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            MigrationDraft draft = drafts.get(i);
            String version = String.valueOf(i + 1);
            scripts.add(new MigrationScript("V" + version + "__draft.sql", version, draft.description(),
                    MigrationScript.Kind.VERSIONED, Path.of("V" + version + "__draft.sql"), draft.upSql(), 1,
                    draft.transactional(), null));
        }
        return new HistoryAnalyzer(new StatementParser(), StudioLog.SILENT).analyze(scripts);
    }

    /** Every generated migration parses cleanly and keeps the safety rules. */
    public static void assertSafe(List<MigrationDraft> drafts) {
        HistoryAnalysis analysis = analyze(drafts);
        LintReport report = new MigrationLinter().lint(analysis, LintConfig.defaults());
        assertThat(report.findings()).as("lint errors in generated migrations")
                .filteredOn(finding -> finding.severity() == Severity.ERROR).isEmpty();
        for (int i = 0; i < drafts.size(); i++) {
            ParsedScript parsed = analysis.scripts().get(i).parsed();
            assertThat(parsed.splitError()).as("split error in %s", drafts.get(i).upSql()).isNull();
            for (ParsedScript.Statement statement : parsed.statements()) {
                assertThat(statement.parsed()).as("understood: %s", statement.source().text())
                        .isNotInstanceOf(ParsedStatement.Opaque.class);
                assertStatementSafe(statement, drafts.get(i));
            }
        }
    }

    private static void assertStatementSafe(ParsedScript.Statement statement, MigrationDraft draft) {
        ParsedStatement parsed = statement.parsed();
        String text = statement.source().text();
        if (parsed instanceof ParsedStatement.CreateIndex index) {
            assertThat(index.concurrently()).as("index on an existing table built concurrently: %s", text).isTrue();
            assertThat(draft.transactional()).as("CONCURRENTLY outside a transaction: %s", text).isFalse();
        }
        if (parsed instanceof ParsedStatement.AlterTable alter && (text.contains("FOREIGN KEY") || text.contains("CHECK"))) {
            assertThat(text).as("constraint added without a full scan").contains("NOT VALID");
        }
        if (parsed instanceof ParsedStatement.CreateFunction function && function.securityDefiner()) {
            assertThat(function.config()).as("definer function pins search_path: %s", text).containsKey("search_path");
        }
        if (parsed instanceof ParsedStatement.CreateTable create && !draft.upSql().contains("ENABLE ROW LEVEL SECURITY")) {
            assertThat(draft.description()).as("a table without RLS only when asked").contains("create table");
        }
        boolean existingTable = !draft.upSql().contains("CREATE TABLE");
        if (existingTable && (text.startsWith("ALTER TABLE") || text.startsWith("CREATE POLICY"))) {
            assertThat(draft.upSql()).as("lock_timeout before locking an existing table")
                    .startsWith(LockTimeout.SET_LOCAL);
        }
    }
}
