package dev.migrationstudio.core.sqlast;

import dev.migrationstudio.core.history.AnalyzedScript;
import dev.migrationstudio.core.history.HistoryAnalysis;
import dev.migrationstudio.core.schema.SchemaModel;
import dev.migrationstudio.core.source.SourceProblem;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Turns a history analysis into the {@code studio.sql.ast} artifact, paths relative to the project directory. */
final class SqlAstBuilder {
    private final Path projectDirectory;
    private final int postgresMajor;

    SqlAstBuilder(Path projectDirectory, int postgresMajor) {
        this.projectDirectory = projectDirectory.toAbsolutePath().normalize();
        this.postgresMajor = postgresMajor;
    }

    SqlAst build(String tool, String location, Instant parsedAt, HistoryAnalysis analysis,
                 List<SourceProblem> unreadable) {
        List<SqlAstFile> files = new ArrayList<>();
        List<SqlAstProblem> problems = new ArrayList<>();
        for (SourceProblem problem : unreadable) {
            problems.add(new SqlAstProblem(SqlAstProblem.Kind.UNREADABLE_FILE, relative(problem.file()),
                    problem.line(), problem.message()));
        }
        for (AnalyzedScript script : analysis.scripts()) {
            ScriptSummary summary = new ScriptSummary(relative(script.parsed().script().file()), postgresMajor);
            files.add(summary.summarize(script));
            problems.addAll(summary.problems());
        }
        problems.sort(Comparator.comparing(SqlAstProblem::file).thenComparing(SqlAstProblem::line));
        SchemaModel model = analysis.model();
        return new SqlAst(relativeLocation(location), tool, parsedAt, files, model.tables(), model.policies(), model.routines(),
                model.views(), model.triggers(), model.extensions(), problems);
    }

    /** Flyway locations or a changelog as configured; absolute paths inside the project become relative. */
    private String relativeLocation(String location) {
        List<String> parts = new ArrayList<>();
        for (String part : location.split(",")) {
            String prefix = part.startsWith("filesystem:") ? "filesystem:" : "";
            String path = part.substring(prefix.length());
            parts.add(isAbsolute(path) ? prefix + relative(Path.of(path)) : part);
        }
        return String.join(",", parts);
    }

    private static boolean isAbsolute(String path) {
        try {
            return Path.of(path).isAbsolute();
        } catch (RuntimeException e) {
            return false;
        }
    }

    String relative(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(projectDirectory) ? projectDirectory.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
