package dev.migrationstudio.core.sqlast;

import java.io.Serializable;
import java.util.List;

/**
 * The little that goals report of a {@link SqlAst} besides writing it: what was read, how much, what could not
 * be read. Small enough to keep with a reused result when the history has not changed.
 *
 * @param files             the files read, relative to the project directory, each once, in history order
 * @param nonTransactional  the statements that cannot run in a transaction, as {@code file:line: text}
 */
public record SqlAstDigest(String migrationsDir, List<String> files, int scripts, int statements, int opaqueBlocks,
        Counts counts, List<SqlAstProblem> problems, List<String> nonTransactional) implements Serializable {

    /** How many objects the replayed history declares. */
    public record Counts(int tables, int policies, int functions, int views, int triggers, int extensions)
            implements Serializable {
    }

    public SqlAstDigest {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
        nonTransactional = List.copyOf(nonTransactional);
    }

    public static SqlAstDigest of(SqlAst ast) {
        return new SqlAstDigest(ast.migrationsDir(),
                ast.files().stream().map(SqlAstFile::filename).distinct().toList(),
                ast.files().size(), ast.statementCount(),
                ast.files().stream().mapToInt(SqlAstFile::opaqueBlockCount).sum(),
                new Counts(ast.allEntities().size(), ast.allPolicies().size(), ast.allFunctions().size(),
                        ast.allViews().size(), ast.allTriggers().size(), ast.allExtensions().size()),
                ast.problems(),
                ast.files().stream().flatMap(f -> f.riskMeta().nonTransactionalStatements().stream()
                        .map(n -> f.filename() + ":" + n.line() + ": " + n.text())).toList());
    }
}
