package dev.migrationstudio.core.sqlast;

import dev.migrationstudio.core.artifact.ArtifactId;
import dev.migrationstudio.core.artifact.ArtifactStore;
import dev.migrationstudio.core.audit.AuditScope;
import dev.migrationstudio.core.audit.HistoryAudits;
import dev.migrationstudio.core.history.HistoryAnalysis;
import dev.migrationstudio.core.history.HistoryAnalyzer;
import dev.migrationstudio.core.history.ParseCache;
import dev.migrationstudio.core.history.ParsedScript;
import dev.migrationstudio.core.history.ParserVersion;
import dev.migrationstudio.core.json.Json;
import dev.migrationstudio.core.lint.LintConfig;
import dev.migrationstudio.core.lint.LintReport;
import dev.migrationstudio.core.lint.MigrationLinter;
import dev.migrationstudio.core.report.StudioLog;
import dev.migrationstudio.core.source.MigrationScript;
import dev.migrationstudio.core.sql.parse.StatementParser;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Prints, for one fresh JVM, the time of each stage a goal runs over a history: parse (from the parse cache in
 * {@code <work dir>}, filled when missing), replay, lint, the rls and rpc audits, and the {@code studio.sql.ast}
 * build plus its JSON. Each stage runs alone, one after the other, so the figures are cold-JVM costs of each.
 * Also prints counts of what each stage found, so a change that alters results shows in the output. A figure
 * printer, not a timed test:
 * {@code java -cp <test classpath> dev.migrationstudio.core.sqlast.StageFigures <migrations dir> <work dir> [runs]}.
 */
public final class StageFigures {
    private StageFigures() {
    }

    public static void main(String[] args) throws Exception {
        Path migrations = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        List<MigrationScript> scripts = new DirectorySource(migrations).scripts();
        HistoryAnalyzer analyzer = new HistoryAnalyzer(new StatementParser(), StudioLog.SILENT);
        for (int run = 1; run <= runs; run++) {
            ParseCache cache = ParseCache.open(work.resolve("sql-parse-cache"), ParserVersion.current());
            List<ParsedScript> parsed = timed("parse", () -> analyzer.parseAll(scripts,
                    script -> cache.parse(script, analyzer::parse)));
            if (cache.stats().misses() > 0) {
                cache.save();
            }
            HistoryAnalysis analysis = timed("replay", () -> analyzer.replay(parsed));
            LintReport lint = timed("lint", () -> new MigrationLinter().lint(analysis, LintConfig.defaults()));
            List<Object> audited = timed("rls+rpc", () -> {
                HistoryAudits audits = new HistoryAudits(analysis, AuditScope.defaults(), Path::toString);
                return List.of(audits.rls(), audits.rpc());
            });
            Path artifact = timed("sql.ast", () -> {
                SqlAst ast = new SqlAstBuilder(work, 17).build("flyway", migrations.toString(), Instant.EPOCH,
                        analysis, List.of());
                return write(new ArtifactStore(work.resolve("artifacts"), "stage-figures"), ast);
            });
            System.out.printf("run %d: %d tables, %d grants, %d lint findings %s, ast %d KB%n",
                    run, analysis.model().tables().size(), analysis.model().grants().size(),
                    lint.findings().size(), new TreeMap<>(lint.countsByRule()), artifact.toFile().length() / 1024);
            if (run == 1) {
                // Everything the stages computed, for comparing two builds: diff this file, not the timings.
                Json.mapper().writeValue(work.resolve("stage-results.json").toFile(),
                        List.of(analysis.model(), analysis.scripts().stream().map(s -> s.steps()).toList(),
                                lint, audited));
            }
        }
    }

    private static Path write(ArtifactStore store, SqlAst ast) {
        try {
            return store.write(ArtifactId.SQL_AST, ast);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static <T> T timed(String stage, Supplier<T> work) {
        long started = System.nanoTime();
        T result = work.get();
        System.out.printf("%-8s %6d ms%n", stage, (System.nanoTime() - started) / 1_000_000);
        return result;
    }
}
