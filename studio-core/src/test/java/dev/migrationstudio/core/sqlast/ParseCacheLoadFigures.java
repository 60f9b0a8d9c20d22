package dev.migrationstudio.core.sqlast;

import dev.migrationstudio.core.report.StudioLog;
import dev.migrationstudio.core.source.MigrationScript;
import dev.migrationstudio.core.sql.parse.StatementParser;
import dev.migrationstudio.core.history.HistoryAnalyzer;
import dev.migrationstudio.core.history.ParseCache;
import dev.migrationstudio.core.history.ParsedScript;
import dev.migrationstudio.core.history.ParserVersion;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints, for one fresh JVM, what serving a whole history from the parse cache costs: opening the cache, then
 * every script through {@link ParseCache#parse} on the common pool, as {@code sql-parse} does. Fill the cache
 * first (with {@code ParseCacheFigures}). A figure printer, not a timed test:
 * {@code java -cp <test classpath> dev.migrationstudio.core.sqlast.ParseCacheLoadFigures <migrations dir> <cache dir>}.
 */
public final class ParseCacheLoadFigures {
    private ParseCacheLoadFigures() {
    }

    public static void main(String[] args) throws Exception {
        List<MigrationScript> scripts = new DirectorySource(Path.of(args[0])).scripts();
        HistoryAnalyzer analyzer = new HistoryAnalyzer(new StatementParser(), StudioLog.SILENT);
        long started = System.nanoTime();
        ParseCache cache = ParseCache.open(Path.of(args[1]), ParserVersion.current());
        long opened = System.nanoTime();
        List<ParsedScript> parsed = analyzer.parseAll(scripts, script -> cache.parse(script, analyzer::parse));
        long done = System.nanoTime();
        System.out.printf("open %d ms, parse from cache %d ms, total %d ms, %s, %d statements%n",
                (opened - started) / 1_000_000, (done - opened) / 1_000_000, (done - started) / 1_000_000,
                cache.stats(), parsed.stream().mapToInt(p -> p.statements().size()).sum());
    }
}
