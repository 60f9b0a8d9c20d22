package dev.migrationstudio.core.sqlast;

import dev.migrationstudio.core.history.HistoryAnalysis;
import dev.migrationstudio.core.history.HistoryAnalyzer;
import dev.migrationstudio.core.history.HistoryFingerprint;
import dev.migrationstudio.core.history.ParseCache;
import dev.migrationstudio.core.history.ParsedScript;
import dev.migrationstudio.core.history.ParserVersion;
import dev.migrationstudio.core.introspect.SchemaFilter;
import dev.migrationstudio.core.report.StudioLog;
import dev.migrationstudio.core.source.MigrationScript;
import dev.migrationstudio.core.source.MigrationSource;
import dev.migrationstudio.core.source.MigrationSourceException;
import dev.migrationstudio.core.source.SourceProblem;
import dev.migrationstudio.core.sql.parse.StatementParser;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Builds {@code studio.sql.ast}: reads the history, parses every script (unchanged ones from the parse cache),
 * replays them in order and sums up each script. Bad files become problems; the run always completes.
 */
public final class SqlParseService {
    private final StudioLog log;
    private final Clock clock;
    private final HistoryAnalyzer analyzer;

    public SqlParseService(StudioLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
        this.analyzer = new HistoryAnalyzer(new StatementParser(), log);
    }

    /**
     * @param projectDirectory artifact paths are relative to it
     * @param cacheDirectory   the parse cache (under {@code target/studio}); null to parse everything, keep nothing
     * @param postgresMajor    the server version scripts target, for what may run in a transaction
     * @param preamble         platform SQL replayed before the history and not reported as files: what the shadow
     *                         database runs first ({@code ShadowInitScripts.load(platform, initScripts)}); empty for none
     * @param schemaFilter     the schemas the model keeps, as introspection reads them; null keeps every schema
     */
    public record Request(MigrationSource source, Path projectDirectory, Path cacheDirectory, int postgresMajor,
            List<MigrationScript> preamble, SchemaFilter schemaFilter) {
        public Request {
            preamble = preamble == null ? List.of() : List.copyOf(preamble);
        }

        /** No preamble, every schema. */
        public Request(MigrationSource source, Path projectDirectory, Path cacheDirectory, int postgresMajor) {
            this(source, projectDirectory, cacheDirectory, postgresMajor, List.of(), null);
        }
    }

    /** The artifact, the analysis behind it (for the fidelity check) and what the cache did. */
    public record Outcome(SqlAst ast, HistoryAnalysis analysis, ParseCache.Stats cache, Duration elapsed) {
    }

    /**
     * The history as read from its source, before any parsing, with the {@link HistoryFingerprint} of everything
     * its analysis depends on.
     */
    public record Inputs(List<MigrationScript> scripts, List<SourceProblem> problems, String fingerprint) {
        public Inputs {
            scripts = List.copyOf(scripts);
            problems = List.copyOf(problems);
        }
    }

    /** Reads and analyses the history. */
    public Outcome run(Request request) throws MigrationSourceException {
        return analyze(request, read(request));
    }

    /** Reads the history and digests it: cheap next to {@link #analyze}, which a caller may skip when it knows the fingerprint. */
    public Inputs read(Request request) throws MigrationSourceException {
        List<MigrationScript> scripts = request.source().scripts();
        List<SourceProblem> problems = request.source().problems();
        List<String> settings = List.of(request.source().tool(), request.source().location(),
                String.valueOf(request.projectDirectory().toAbsolutePath().normalize()),
                String.valueOf(request.postgresMajor()), String.valueOf(request.schemaFilter()));
        return new Inputs(scripts, problems,
                HistoryFingerprint.of(ParserVersion.current(), settings, scripts, request.preamble(), problems));
    }

    /** Parses (unchanged scripts from the parse cache), replays and sums up the history read by {@link #read}. */
    public Outcome analyze(Request request, Inputs inputs) {
        long started = System.nanoTime();
        List<MigrationScript> scripts = inputs.scripts();
        ParseCache cache = request.cacheDirectory() == null ? null
                : ParseCache.open(request.cacheDirectory(), ParserVersion.current());
        List<ParsedScript> parsed = cache == null ? analyzer.parseAll(scripts, analyzer::parse)
                : analyzer.parseAll(scripts, script -> cache.parse(script, analyzer::parse));
        List<ParsedScript> preamble = request.preamble().stream().map(analyzer::parse).toList();
        HistoryAnalysis analysis = analyzer.replay(preamble, parsed,
                request.schemaFilter() == null ? schema -> true : request.schemaFilter()::accepts);
        if (cache != null) {
            save(cache, request.cacheDirectory());
        }
        SqlAst ast = new SqlAstBuilder(request.projectDirectory(), request.postgresMajor()).build(
                request.source().tool(), request.source().location(), clock.instant().truncatedTo(ChronoUnit.MILLIS),
                analysis, inputs.problems());
        return new Outcome(ast, analysis, cache == null ? new ParseCache.Stats(0, scripts.size()) : cache.stats(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    private void save(ParseCache cache, Path cacheDirectory) {
        try {
            cache.save();
        } catch (IOException e) {
            log.warn("Cannot write the parse cache " + cacheDirectory + " (" + e.getMessage()
                    + "); the next run parses every script again");
        }
    }
}
