package dev.migrationstudio.core.sqlast;

import dev.migrationstudio.core.schema.Extension;
import dev.migrationstudio.core.schema.Policy;
import dev.migrationstudio.core.schema.Routine;
import dev.migrationstudio.core.schema.Table;
import dev.migrationstudio.core.schema.Trigger;
import dev.migrationstudio.core.schema.View;
import java.time.Instant;
import java.util.List;

/**
 * The {@code studio.sql.ast} artifact: every script of the history as read statically, and the schema the history
 * declares once replayed ({@code all*}: the final state, not every version). Paths are relative to the project.
 *
 * @param migrationsDir where the history lives (Flyway locations, or the Liquibase master changelog)
 * @param problems      what could not be read or parsed, each naming its file and line; the rest was still read
 */
public record SqlAst(
        String migrationsDir,
        String tool,
        Instant parsedAt,
        List<SqlAstFile> files,
        List<Table> allEntities,
        List<Policy> allPolicies,
        List<Routine> allFunctions,
        List<View> allViews,
        List<Trigger> allTriggers,
        List<Extension> allExtensions,
        List<SqlAstProblem> problems) {

    public SqlAst {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    public int statementCount() {
        return files.stream().mapToInt(SqlAstFile::statementCount).sum();
    }
}
