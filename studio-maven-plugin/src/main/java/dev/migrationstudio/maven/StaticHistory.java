package dev.migrationstudio.maven;

import dev.migrationstudio.core.artifact.ArtifactId;
import dev.migrationstudio.core.artifact.ArtifactStore;
import dev.migrationstudio.core.history.HistoryAnalysis;
import dev.migrationstudio.core.introspect.SchemaFilter;
import dev.migrationstudio.core.report.StudioLog;
import dev.migrationstudio.core.source.MigrationScript;
import dev.migrationstudio.core.source.MigrationSource;
import dev.migrationstudio.core.source.MigrationSourceException;
import dev.migrationstudio.core.sqlast.SqlAst;
import dev.migrationstudio.core.sqlast.SqlParseService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The one place goals read the migration history without a database: {@link SqlParseService} with the parse cache
 * under {@code target/studio}, so every goal shares the cache and writes the same {@code studio.sql.ast}.
 */
final class StaticHistory {
    private final Path projectDirectory;
    private final Path buildDirectory;
    private final StudioLog log;
    private final int pgVersion;

    /**
     * The history as read: the source it came from, the artifact and the analysis behind it, and the writing of
     * the artifact, which goes on while the goal works with the analysis.
     */
    record Read(MigrationSource source, SqlParseService.Outcome outcome, CompletableFuture<Path> writing) {
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

        HistoryAnalysis analysis() {
            return outcome.analysis();
        }

        SqlAst ast() {
            return outcome.ast();
        }
    }

    StaticHistory(Path projectDirectory, Path buildDirectory, StudioLog log, int pgVersion) {
        this.projectDirectory = projectDirectory;
        this.buildDirectory = buildDirectory;
        this.log = log;
        this.pgVersion = pgVersion;
    }

    Read read(MigrationSource source, ArtifactStore store) throws MojoExecutionException {
        return read(source, store, List.of(), null, false);
    }

    /**
     * @param preamble     the platform SQL the shadow runs first, replayed before the history and not reported
     * @param schemaFilter the schemas the model keeps, as introspection reads them; null for every schema
     * @param writeInBackground write {@code studio.sql.ast} on another thread ({@link Read#artifact()} waits for
     *                     it): only for a goal that does not read the artifact back from the store while it runs
     */
    Read read(MigrationSource source, ArtifactStore store, List<MigrationScript> preamble, SchemaFilter schemaFilter,
            boolean writeInBackground) throws MojoExecutionException {
        SqlParseService.Outcome outcome;
        try {
            outcome = new SqlParseService(log, Clock.systemUTC()).run(new SqlParseService.Request(source,
                    projectDirectory, buildDirectory.resolve("studio").resolve("sql-parse-cache"), pgVersion,
                    preamble, schemaFilter));
        } catch (MigrationSourceException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        SqlAst ast = outcome.ast();
        if (!writeInBackground) {
            return new Read(source, outcome,
                    CompletableFuture.completedFuture(IntentArtifacts.write(store, ArtifactId.SQL_AST, ast)));
        }
        // A big history makes a big artifact: it is written on another core while the goal goes on.
        CompletableFuture<Path> writing = new CompletableFuture<>();
        Thread writer = new Thread(() -> {
            try {
                writing.complete(IntentArtifacts.write(store, ArtifactId.SQL_AST, ast));
            } catch (MojoExecutionException | RuntimeException | Error e) {
                writing.completeExceptionally(e);
            }
        }, "studio-sql-ast-writer");
        writer.start();
        return new Read(source, outcome, writing);
    }
}
