package dev.migrationstudio.core.history;

import dev.migrationstudio.core.report.StudioLog;
import dev.migrationstudio.core.source.MigrationScript;
import dev.migrationstudio.core.schema.SchemaModels;
import dev.migrationstudio.core.sql.parse.StatementParser;
import dev.migrationstudio.core.sql.replay.ReplayStep;
import dev.migrationstudio.core.sql.replay.SchemaReplayer;
import dev.migrationstudio.core.sql.split.SplitResult;
import dev.migrationstudio.core.sql.split.SqlSplitter;
import dev.migrationstudio.core.sql.split.SqlStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads a history without a database: split and parse every script (in parallel: scripts are independent), then
 * replay them in order into one {@code SchemaModel} (sequential: each script builds on the last).
 */
public final class HistoryAnalyzer {
    private final StatementParser parser;
    private final StudioLog log;

    public HistoryAnalyzer(StatementParser parser, StudioLog log) {
        this.parser = parser;
        this.log = log;
    }

    public HistoryAnalysis analyze(List<MigrationScript> scripts) {
        return replay(parseAll(scripts, this::parse));
    }

    /**
     * Parses every script with {@code parse} (which may serve some from a cache), in parallel, keeping order.
     */
    public List<ParsedScript> parseAll(List<MigrationScript> scripts, Function<MigrationScript, ParsedScript> parse) {
        AtomicInteger done = new AtomicInteger();
        List<ParsedScript> parsed = scripts.parallelStream()
                .map(script -> {
                    ParsedScript result = parse.apply(script);
                    int count = done.incrementAndGet();
                    synchronized (log) {
                        log.progress("parsed", count, scripts.size());
                    }
                    return result;
                })
                .toList();
        return parsed;
    }

    /** Splits and parses one script. */
    public ParsedScript parse(MigrationScript script) {
        SplitResult split = SqlSplitter.split(script.sql());
        List<ParsedScript.Statement> statements = new ArrayList<>(split.statements().size());
        for (SqlStatement statement : split.statements()) {
            statements.add(new ParsedScript.Statement(statement, ParseLimits.parse(parser, statement.text())));
        }
        return new ParsedScript(script, statements, split.error());
    }

    /** Replays parsed scripts in order. */
    public HistoryAnalysis replay(List<ParsedScript> parsedScripts) {
        return replay(List.of(), parsedScripts, schema -> true);
    }

    /**
     * Replays {@code preamble} (the platform SQL the shadow database runs first, e.g. Supabase's roles, schemas
     * and default privileges) and then the history; only the history's scripts are analysed. The model keeps the
     * schemas {@code acceptsSchema} accepts, as introspection with the same rules would read them.
     */
    public HistoryAnalysis replay(List<ParsedScript> preamble, List<ParsedScript> parsedScripts,
            Predicate<String> acceptsSchema) {
        SchemaReplayer replayer = new SchemaReplayer();
        preamble.forEach(script -> script.statements().forEach(statement -> replayer.apply(statement.parsed())));
        List<AnalyzedScript> analyzed = new ArrayList<>(parsedScripts.size());
        for (ParsedScript parsed : parsedScripts) {
            List<ReplayStep> steps = new ArrayList<>(parsed.statements().size());
            for (ParsedScript.Statement statement : parsed.statements()) {
                steps.add(replayer.apply(statement.parsed()));
            }
            analyzed.add(new AnalyzedScript(parsed, steps));
        }
        return new HistoryAnalysis(analyzed, SchemaModels.filter(replayer.model(), acceptsSchema));
    }
}
