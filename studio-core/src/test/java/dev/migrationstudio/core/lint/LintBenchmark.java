package dev.migrationstudio.core.lint;

import dev.migrationstudio.core.history.HistoryAnalysis;
import dev.migrationstudio.core.history.HistoryAnalyzer;
import dev.migrationstudio.core.report.StudioLog;
import dev.migrationstudio.core.source.MigrationScript;
import dev.migrationstudio.core.sql.parse.StatementParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Figure printer, not a test: times {@link MigrationLinter} on a generated Flyway history
 * ({@code java benchmarks/history/Generate.java --out DIR} on branch wip-bench). Run with the test classpath:
 * {@code java -cp ... dev.migrationstudio.core.lint.LintBenchmark DIR/db/migration}.
 */
public final class LintBenchmark {
    private LintBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<MigrationScript> scripts = read(Path.of(args[0]));
        HistoryAnalyzer analyzer = new HistoryAnalyzer(new StatementParser(), StudioLog.SILENT);
        long t0 = System.nanoTime();
        HistoryAnalysis analysis = analyzer.analyze(scripts);
        long analyzed = System.nanoTime();
        int statements = analysis.scripts().stream().mapToInt(s -> s.parsed().statements().size()).sum();
        System.out.printf("analyze (split+parse+replay): %d ms for %d scripts, %d statements%n",
                (analyzed - t0) / 1_000_000, scripts.size(), statements);
        long replayStart = System.nanoTime();
        analyzer.replay(analysis.scripts().stream().map(s -> s.parsed()).toList());
        System.out.printf("replay alone: %d ms (lint replays once more, in step with the rules)%n",
                (System.nanoTime() - replayStart) / 1_000_000);
        long[] runs = new long[5];
        LintReport report = null;
        for (int i = 0; i < runs.length; i++) {
            long start = System.nanoTime();
            report = new MigrationLinter().lint(analysis, LintConfig.defaults());
            runs[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(runs);
        System.out.printf("lint: median %d ms (runs %s), %d findings%n", runs[runs.length / 2], Arrays.toString(runs),
                report.findings().size());
        System.out.println(report.countsByRule());
    }

    private static List<MigrationScript> read(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().matches("V\\d+__.+\\.sql"))
                    .sorted(Comparator.comparing(f -> new java.math.BigInteger(f.getFileName().toString()
                            .replaceFirst("V(\\d+)__.*", "$1"))))
                    .map(LintBenchmark::script).toList();
        }
    }

    private static MigrationScript script(Path file) {
        String name = file.getFileName().toString();
        boolean transactional = !readOrEmpty(Path.of(file + ".conf")).contains("executeInTransaction=false");
        return new MigrationScript(name, name.replaceFirst("V(\\d+)__.*", "$1"), name.replaceFirst("V\\d+__(.*)\\.sql", "$1"),
                MigrationScript.Kind.VERSIONED, file, readOrEmpty(file), 1, transactional, null);
    }

    private static String readOrEmpty(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
