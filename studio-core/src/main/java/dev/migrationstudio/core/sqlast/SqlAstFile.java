package dev.migrationstudio.core.sqlast;

import java.util.List;

/**
 * One script (a Flyway file, or a Liquibase changeset) in {@code studio.sql.ast}. The object lists hold the stable
 * ids of what the script creates, alters or drops, in first-touched order.
 *
 * @param filename  the script, or the changelog holding the changeset, relative to the project directory
 * @param line      the line the script starts at in {@code filename} (the changeset's line for Liquibase)
 * @param changeSet Liquibase changeset id and author; null for Flyway
 */
public record SqlAstFile(
        String filename,
        int line,
        ChangeSet changeSet,
        int statementCount,
        int opaqueBlockCount,
        List<OpaqueBlock> opaqueBlocks,
        List<String> entities,
        List<String> policies,
        List<String> functions,
        List<String> views,
        List<String> triggers,
        List<String> extensions,
        RiskMeta riskMeta,
        List<LineNote> replayWarnings) {

    public SqlAstFile {
        opaqueBlocks = List.copyOf(opaqueBlocks);
        entities = List.copyOf(entities);
        policies = List.copyOf(policies);
        functions = List.copyOf(functions);
        views = List.copyOf(views);
        triggers = List.copyOf(triggers);
        extensions = List.copyOf(extensions);
        replayWarnings = List.copyOf(replayWarnings);
    }

    public record ChangeSet(String id, String author) {
    }

    /** A statement nothing understood (a DO block, an unknown command), kept as text, with why. */
    public record OpaqueBlock(int line, String reason) {
    }

    /** Something at a line of the file: a replay warning, a statement that cannot run in a transaction. */
    public record LineNote(int line, String text) {
    }

    /**
     * @param runsInTransaction          whether the tool wraps the script in a transaction (Flyway's
     *                                   {@code executeInTransaction}, Liquibase's {@code runInTransaction})
     * @param hasTransaction             the script controls transactions itself (BEGIN, COMMIT, ROLLBACK ...)
     * @param hasDestructive             the script drops or truncates objects, drops columns or constraints,
     *                                   changes a column type, or deletes rows
     * @param nonTransactionalStatements statements PostgreSQL refuses inside a transaction block, with why
     */
    public record RiskMeta(boolean runsInTransaction, boolean hasTransaction, boolean hasDestructive,
                           List<LineNote> nonTransactionalStatements) {
        public RiskMeta {
            nonTransactionalStatements = List.copyOf(nonTransactionalStatements);
        }
    }
}
