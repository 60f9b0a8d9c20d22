package dev.migrationstudio.core.sqlast;

import dev.migrationstudio.core.report.StudioLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Prints the time of {@link SqlParseService} runs over a generated history, in this JVM, with the parse cache in
 * {@code <work dir>}: the first run parses what the cache lacks (everything when there is no cache file yet), the
 * next ones read the cache. Run it twice in fresh JVMs to see what a second {@code mvn studio:sql-parse} costs.
 * A figure printer, not a timed test:
 * {@code java -cp <test classpath> dev.migrationstudio.core.sqlast.ParseCacheFigures <migrations dir> <work dir> [runs]}.
 */
public final class ParseCacheFigures {
    private ParseCacheFigures() {
    }

    public static void main(String[] args) throws Exception {
        Path migrations = Path.of(args[0]);
        Path work = Path.of(args[1]);
        Path cache = work.resolve("sql-parse-cache");
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        SqlParseService service = new SqlParseService(StudioLog.SILENT, Clock.systemUTC());
        for (int run = 1; run <= runs; run++) {
            long started = System.nanoTime();
            SqlParseService.Outcome outcome = service.run(new SqlParseService.Request(new DirectorySource(migrations),
                    work, cache, 17));
            System.out.printf("run %d: %6d ms  %d files, %d statements, cache %s, cache %d KB%n", run,
                    (System.nanoTime() - started) / 1_000_000, outcome.ast().files().size(),
                    outcome.ast().statementCount(), outcome.cache(), (Files.size(cache.resolve("parsed-0.bin")) + Files.size(cache.resolve("parsed-1.bin"))) / 1024);
        }
    }
}
