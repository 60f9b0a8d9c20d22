package dev.migrationstudio.maven;

import dev.migrationstudio.core.artifact.ArtifactId;
import dev.migrationstudio.core.artifact.ArtifactStamp;
import dev.migrationstudio.core.artifact.ArtifactStore;
import dev.migrationstudio.core.cache.ResultCache;
import dev.migrationstudio.core.history.HistoryAnalysis;
import dev.migrationstudio.core.history.ParserVersion;
import dev.migrationstudio.core.introspect.SchemaFilter;
import dev.migrationstudio.core.report.StudioLog;
import dev.migrationstudio.core.source.MigrationScript;
import dev.migrationstudio.core.source.MigrationSource;
import dev.migrationstudio.core.source.MigrationSourceException;
import dev.migrationstudio.core.sqlast.SqlAst;
import dev.migrationstudio.core.sqlast.SqlAstDigest;
import dev.migrationstudio.core.sqlast.SqlParseService;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The one place goals read the migration history without a database: {@link SqlParseService} with the parse cache
 * under {@code target/studio}, so every goal shares the cache and writes the same {@code studio.sql.ast}. When the
 * history's fingerprint is the one of the last run and that run's {@code studio.sql.ast} is still as it wrote it,
 * nothing is parsed or replayed: the goal works from the last run's digest, and reuses its own last results the
 * same way ({@link #results()}); the full analysis is still built on demand ({@link Read#outcome()}).
 */
final class StaticHistory {
    private static final String HISTORY_RESULT = "history";

    private final Path projectDirectory;
    private final Path buildDirectory;
    private final StudioLog log;
    private final int pgVersion;
    private final boolean reuseResults;

    /** What a run keeps of its analysis for the next one: the digest and the artifact it wrote. */
    private record HistoryResult(SqlAstDigest digest, ArtifactStamp artifact) implements Serializable {
    }

    /**
     * The history as read: the source it came from, its scripts and fingerprint, the digest of its analysis, and the
     * writing of {@code studio.sql.ast}, which goes on while the goal works with the analysis.
     */
    static final class Read {
        private final MigrationSource source;
        private final SqlParseService.Inputs inputs;
        private final SqlAstDigest digest;
        private final boolean reused;
        private final Duration elapsed;
        private final CompletableFuture<Path> writing;
        private final Analyze analyze;
        private SqlParseService.Outcome outcome;

        /** Builds the full analysis of a reused history when a goal asks for it. */
        private interface Analyze {
            SqlParseService.Outcome run();
        }

        private Read(MigrationSource source, SqlParseService.Inputs inputs, SqlAstDigest digest, boolean reused,
                Duration elapsed, CompletableFuture<Path> writing, SqlParseService.Outcome outcome, Analyze analyze) {
            this.source = source;
            this.inputs = inputs;
            this.digest = digest;
            this.reused = reused;
            this.elapsed = elapsed;
            this.writing = writing;
            this.outcome = outcome;
            this.analyze = analyze;
        }

        MigrationSource source() {
            return source;
        }

        /** The scripts of the history, in order, as the source gave them. */
        List<MigrationScript> scripts() {
            return inputs.scripts();
        }

        /** The digest of everything this history's analysis depends on. */
        String fingerprint() {
            return inputs.fingerprint();
        }

        SqlAstDigest digest() {
            return digest;
        }

        /** True when the history is the last run's and its analysis was not redone. */
        boolean reused() {
            return reused;
        }

        /** How long reading (and, unless reused, analysing) took. */
        Duration elapsed() {
            return elapsed;
        }

        /** The full analysis; built now when the history was reused. */
        synchronized SqlParseService.Outcome outcome() {
            if (outcome == null) {
                outcome = analyze.run();
            }
            return outcome;
        }

        HistoryAnalysis analysis() {
            return outcome().analysis();
        }

        SqlAst ast() {
            return outcome().ast();
        }

        /** Where {@code studio.sql.ast} was written, once it is. */
        Path artifact() throws MojoExecutionException {
            try {
                return writing.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof MojoExecutionException cause) {
                    throw cause;
                }
                throw e;
            }
        }
    }

    StaticHistory(Path projectDirectory, Path buildDirectory, StudioLog log, int pgVersion, boolean reuseResults) {
        this.projectDirectory = projectDirectory;
        this.buildDirectory = buildDirectory;
        this.log = log;
        this.pgVersion = pgVersion;
        this.reuseResults = reuseResults;
    }

    /** The last results of goals over this project's history, under {@code target/studio/results}. */
    ResultCache results() {
        return new ResultCache(buildDirectory.resolve("studio").resolve("results"), ParserVersion.current());
    }

    /**
     * @param preamble     the platform SQL the shadow runs first, replayed before the history and not reported
     * @param schemaFilter the schemas the model keeps, as introspection reads them; null for every schema
     * @param writeInBackground write {@code studio.sql.ast} on another thread ({@link Read#artifact()} waits for
     *                     it): only for a goal that does not read the artifact back from the store while it runs
     */
    Read read(MigrationSource source, ArtifactStore store, List<MigrationScript> preamble, SchemaFilter schemaFilter,
            boolean writeInBackground) throws MojoExecutionException {
        long started = System.nanoTime();
        SqlParseService service = new SqlParseService(log, Clock.systemUTC());
        SqlParseService.Request request = new SqlParseService.Request(source, projectDirectory,
                buildDirectory.resolve("studio").resolve("sql-parse-cache"), pgVersion, preamble, schemaFilter);
        SqlParseService.Inputs inputs;
        try {
            inputs = service.read(request);
        } catch (MigrationSourceException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        Optional<HistoryResult> previous = reuseResults
                ? results().read(HISTORY_RESULT, inputs.fingerprint(), HistoryResult.class)
                        .filter(result -> result.artifact().isCurrent())
                : Optional.empty();
        if (previous.isPresent()) {
            return new Read(source, inputs, previous.get().digest(), true, Duration.ofNanos(System.nanoTime() - started),
                    CompletableFuture.completedFuture(previous.get().artifact().path()), null,
                    () -> service.analyze(request, inputs));
        }
        SqlParseService.Outcome outcome = service.analyze(request, inputs);
        SqlAstDigest digest = SqlAstDigest.of(outcome.ast());
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        if (!writeInBackground) {
            return new Read(source, inputs, digest, false, elapsed,
                    CompletableFuture.completedFuture(write(store, outcome.ast(), digest, inputs)), outcome,
                    null);
        }
        // A big history makes a big artifact: it is written on another core while the goal goes on.
        CompletableFuture<Path> writing = new CompletableFuture<>();
        Thread writer = new Thread(() -> {
            try {
                writing.complete(write(store, outcome.ast(), digest, inputs));
            } catch (MojoExecutionException | RuntimeException | Error e) {
                writing.completeExceptionally(e);
            }
        }, "studio-sql-ast-writer");
        writer.start();
        return new Read(source, inputs, digest, false, elapsed, writing, outcome, null);
    }

    private Path write(ArtifactStore store, SqlAst ast, SqlAstDigest digest, SqlParseService.Inputs inputs) throws MojoExecutionException {
        Path written = IntentArtifacts.write(store, ArtifactId.SQL_AST, ast);
        try {
            keep(HISTORY_RESULT, inputs.fingerprint(), new HistoryResult(digest, ArtifactStamp.of(written)));
        } catch (IOException e) {
            log.warn("Cannot read back " + written + " (" + e.getMessage() + "); the next run analyses the history"
                    + " again");
        }
        return written;
    }

    /** Keeps a result for the next run ({@link #results()}); losing it only costs that run the full work. */
    void keep(String kind, String key, Serializable result) {
        try {
            results().write(kind, key, result);
        } catch (IOException e) {
            log.warn("Cannot keep this run's results in " + buildDirectory.resolve("studio").resolve("results") + " ("
                    + e.getMessage() + "); the next run does the work again");
        }
    }
}
