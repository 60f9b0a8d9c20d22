package dev.migrationstudio.core.sql.parse;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.UnsupportedStatement;

/**
 * Prints statements/s for {@link StatementParser} and, for comparison, JSqlParser alone on the same realistic mix
 * (about 40,000 statements, the size of the benchmark). A figure printer, not a timed test:
 * {@code java -cp <test classpath> dev.migrationstudio.core.sql.parse.ParserThroughput}.
 */
public final class ParserThroughput {
    private ParserThroughput() {
    }

    public static void main(String[] args) throws Exception {
        List<String> statements = Corpus.repeated(656);
        StatementParser parser = new StatementParser();
        ExecutorService jsqlExecutor = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r);
            thread.setDaemon(true);
            return thread;
        });
        measure("StatementParser, 1 thread", statements, s -> parser.parse(s));
        measureParallel("StatementParser, 2 threads", statements, parser);
        int[] understood = new int[1];
        measure("JSqlParser 5.3 alone, 1 thread", statements, s -> {
            try {
                Statement statement = CCJSqlParserUtil.parse(s, jsqlExecutor, p -> p.withTimeOut(5000));
                if (!(statement instanceof UnsupportedStatement)) {
                    understood[0]++;
                }
            } catch (Exception e) {
                // rejected: counted as not understood
            }
        });
        System.out.printf("JSqlParser understood %d of %d statements (last pass)%n", understood[0] / 3,
                statements.size());
    }

    private static void measure(String label, List<String> statements, Consumer<String> parse) {
        statements.forEach(parse);
        long best = Long.MAX_VALUE;
        for (int pass = 0; pass < 3; pass++) {
            long start = System.nanoTime();
            statements.forEach(parse);
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("%-32s %,10.0f statements/s (%d statements, best of 3: %d ms)%n", label,
                statements.size() / (best / 1e9), statements.size(), best / 1_000_000);
    }

    private static void measureParallel(String label, List<String> statements, StatementParser parser)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            int half = statements.size() / 2;
            long best = Long.MAX_VALUE;
            for (int pass = 0; pass < 4; pass++) {
                long start = System.nanoTime();
                Future<?> first = threads.submit(() -> statements.subList(0, half).forEach(parser::parse));
                Future<?> second = threads.submit(() -> statements.subList(half, statements.size())
                        .forEach(parser::parse));
                first.get();
                second.get();
                best = pass == 0 ? best : Math.min(best, System.nanoTime() - start);
            }
            System.out.printf("%-32s %,10.0f statements/s%n", label, statements.size() / (best / 1e9));
        } finally {
            threads.shutdownNow();
        }
    }
}
