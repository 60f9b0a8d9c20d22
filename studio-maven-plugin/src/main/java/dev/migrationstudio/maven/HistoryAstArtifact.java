package dev.migrationstudio.maven;

import dev.migrationstudio.core.artifact.ArtifactId;
import dev.migrationstudio.core.artifact.ArtifactStore;
import dev.migrationstudio.core.history.HistoryAnalysis;
import dev.migrationstudio.core.history.HistoryAnalyzer;
import dev.migrationstudio.core.intent.OpaqueBlock;
import dev.migrationstudio.core.intent.OpaqueBlocks;
import dev.migrationstudio.core.report.StudioLog;
import dev.migrationstudio.core.schema.SchemaModel;
import dev.migrationstudio.core.source.MigrationSource;
import dev.migrationstudio.core.source.MigrationSourceException;
import dev.migrationstudio.core.sql.parse.StatementParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The one place that knows the shape of {@code studio.sql.ast} for the Understand goals: a minimal artifact (the
 * replayed model and the opaque statements) until the {@code sql-parse} goal's own artifact lands; then only this
 * class changes, to call that goal's service and read its artifact.
 */
final class HistoryAstArtifact {

    /** What the Understand goals need of the parsed history. */
    record HistoryAst(String tool, String location, int scripts, int statements, List<OpaqueBlock> opaqueBlocks,
                      SchemaModel model) {
    }

    private HistoryAstArtifact() {
    }

    /** Parses and replays the history (no database), writes the artifact, and returns it. */
    static HistoryAst write(ArtifactStore store, MigrationSource source, StudioLog log,
                            Function<Path, String> displayPath) throws MojoExecutionException {
        try {
            HistoryAnalysis analysis = new HistoryAnalyzer(new StatementParser(), log).analyze(source.scripts());
            int statements = analysis.scripts().stream().mapToInt(script -> script.steps().size()).sum();
            HistoryAst ast = new HistoryAst(source.tool(), source.location(), analysis.scripts().size(), statements,
                    OpaqueBlocks.of(analysis, displayPath), analysis.model());
            store.write(ArtifactId.SQL_AST, ast);
            return ast;
        } catch (MigrationSourceException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write " + store.pathOf(ArtifactId.SQL_AST) + ": "
                    + e.getMessage() + " (check studio.artifactsDirectory)", e);
        }
    }

    static HistoryAst read(ArtifactStore store) throws MojoExecutionException {
        return IntentArtifacts.require(store, ArtifactId.SQL_AST, HistoryAst.class, "studio:adopt (sql-parse step)");
    }
}
