package dev.migrationstudio.core.lint;

import dev.migrationstudio.core.finding.Finding;
import dev.migrationstudio.core.history.ParsedScript;
import dev.migrationstudio.core.sql.replay.ReplayStep;
import dev.migrationstudio.core.sql.replay.SchemaReplayer;
import dev.migrationstudio.core.sql.replay.TouchedObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lints one script: runs every enabled rule on each statement with the schema replayed up to it, then the
 * script-level checks, then applies the script's suppression comments.
 */
final class ScriptLinter {
    private final LintConfig config;
    private final HistoryFacts facts;
    private final List<LintRule> rules;

    ScriptLinter(LintConfig config, HistoryFacts facts, List<LintRule> rules) {
        this.config = config;
        this.facts = facts;
        this.rules = rules;
    }

    /** Lints {@code script}, advancing {@code replayer} over its statements. */
    List<Finding> lint(ParsedScript script, SchemaReplayer replayer) {
        List<LintStatement> statements = statements(script);
        Set<String> newTables = new HashSet<>();
        Set<String> newIndexes = new HashSet<>();
        LintContext context = new LintContext(config, facts, script.script(), statements,
                ScriptTransactions.runsInTransaction(script.script(), statements, config.pgVersion()),
                replayer, newTables, newIndexes);
        List<RuleHit> hits = new ArrayList<>();
        for (LintStatement statement : statements) {
            for (LintRule rule : rules) {
                rule.check(statement, context).forEach(hit -> hits.add(new RuleHit(rule.info(), hit)));
            }
            remember(replayer.apply(statement.parsed()), newTables, newIndexes);
        }
        for (LintRule rule : rules) {
            rule.checkScript(context).forEach(hit -> hits.add(new RuleHit(rule.info(), hit)));
        }
        FindingMaker maker = new FindingMaker(config, script);
        return new SuppressionFilter(maker, SuppressionReader.read(statements), config).apply(firstOnly(hits));
    }

    /** Replays a script that is not linted. */
    static void replayOnly(ParsedScript script, SchemaReplayer replayer) {
        script.statements().forEach(statement -> replayer.apply(statement.parsed()));
    }

    private static List<LintStatement> statements(ParsedScript script) {
        List<LintStatement> statements = new ArrayList<>(script.statements().size());
        for (ParsedScript.Statement statement : script.statements()) {
            statements.add(new LintStatement(statements.size(), statement.source(), statement.parsed()));
        }
        return List.copyOf(statements);
    }

    /** Tables (and materialized views) and indexes this script creates; a renamed new table stays new. */
    private static void remember(ReplayStep step, Set<String> newTables, Set<String> newIndexes) {
        String renamedFrom = null;
        for (TouchedObject touched : step.touched()) {
            Set<String> target = touched.kind() == TouchedObject.Kind.TABLE
                    || touched.kind() == TouchedObject.Kind.VIEW ? newTables
                    : touched.kind() == TouchedObject.Kind.INDEX ? newIndexes : null;
            if (target == null) {
                continue;
            }
            if (touched.change() == TouchedObject.Change.CREATED) {
                target.add(touched.id());
            } else if (touched.change() == TouchedObject.Change.RENAMED && target == newTables) {
                if (renamedFrom == null) {
                    renamedFrom = touched.id();
                } else if (newTables.remove(renamedFrom)) {
                    newTables.add(touched.id());
                }
            }
        }
    }

    private static List<RuleHit> firstOnly(List<RuleHit> hits) {
        Set<String> seen = new HashSet<>();
        return hits.stream().filter(h -> !h.hit().oncePerScript() || seen.add(h.rule().id())).toList();
    }

    record RuleHit(RuleInfo rule, Hit hit) {
    }
}
