package dev.migrationstudio.core.lint;

import dev.migrationstudio.core.finding.Finding;
import dev.migrationstudio.core.history.AnalyzedScript;
import dev.migrationstudio.core.history.HistoryAnalysis;
import dev.migrationstudio.core.source.MigrationScript;
import dev.migrationstudio.core.sql.replay.SchemaReplayer;
import java.util.ArrayList;
import java.util.List;

/**
 * Lints a migration history read by {@code HistoryAnalyzer}: replays it again statement by statement so every
 * rule sees the schema as it was just before its statement, and checks the scripts the baseline selects.
 * Needs no database. Thread-safe: every call has its own state.
 */
public final class MigrationLinter {
    private final List<LintRule> rules;

    public MigrationLinter() {
        this(LintRules.all());
    }

    public MigrationLinter(List<LintRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * @throws IllegalArgumentException when the baseline does not fit the history (a changeset id that is not in
     *                                  it, a Flyway version for a Liquibase changelog)
     */
    public LintReport lint(HistoryAnalysis analysis, LintConfig config) {
        List<MigrationScript> scripts = analysis.scripts().stream().map(s -> s.parsed().script()).toList();
        List<Boolean> selected = BaselineSelection.select(config.baseline(), scripts);
        HistoryFacts facts = HistoryFacts.of(scripts, analysis.model(), config);
        ScriptLinter linter = new ScriptLinter(config, facts,
                rules.stream().filter(rule -> config.isEnabled(rule.id())).toList());
        // Rules read tables and indexes only: privileges, policies and functions need not be replayed again.
        SchemaReplayer replayer = SchemaReplayer.relationsOnly();
        List<Finding> findings = new ArrayList<>();
        int linted = 0;
        int statements = 0;
        for (int i = 0; i < scripts.size(); i++) {
            AnalyzedScript script = analysis.scripts().get(i);
            if (selected.get(i)) {
                findings.addAll(linter.lint(script.parsed(), replayer));
                linted++;
                statements += script.parsed().statements().size();
            } else {
                ScriptLinter.replayOnly(script.parsed(), replayer);
            }
        }
        return LintReport.of(findings, linted, scripts.size() - linted, statements);
    }
}
