package dev.migrationstudio.core.lint;

import dev.migrationstudio.core.schema.Index;
import dev.migrationstudio.core.schema.SchemaModel;
import dev.migrationstudio.core.schema.Table;
import dev.migrationstudio.core.source.MigrationScript;
import dev.migrationstudio.core.sql.parse.QualifiedName;
import dev.migrationstudio.core.sql.replay.SchemaReplayer;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What a rule knows besides its statement: the target version, whether the script runs in a transaction, the
 * schema as replayed up to the statement (tables of earlier scripts and of earlier statements of this one), which
 * tables and indexes this script created (they are empty and unseen, so lock rules leave them alone), table sizes
 * when known, and the schema at the end of the whole history.
 */
public final class LintContext {
    private final LintConfig config;
    private final HistoryFacts history;
    private final MigrationScript script;
    private final List<LintStatement> statements;
    private final boolean inTransaction;
    private final SchemaReplayer schemaBefore;
    private final Set<String> newTables;
    private final Set<String> newIndexes;

    LintContext(LintConfig config, HistoryFacts history, MigrationScript script, List<LintStatement> statements,
                boolean inTransaction, SchemaReplayer schemaBefore, Set<String> newTables, Set<String> newIndexes) {
        this.config = config;
        this.history = history;
        this.script = script;
        this.statements = statements;
        this.inTransaction = inTransaction;
        this.schemaBefore = schemaBefore;
        this.newTables = newTables;
        this.newIndexes = newIndexes;
    }

    public LintConfig config() {
        return config;
    }

    public int pgVersion() {
        return config.pgVersion();
    }

    public MigrationScript script() {
        return script;
    }

    /** True for a Liquibase changeset, false for a Flyway script. */
    public boolean isLiquibase() {
        return script.kind() == MigrationScript.Kind.CHANGESET;
    }

    public List<LintStatement> statements() {
        return statements;
    }

    /** Whether the tool runs this script inside one transaction (see {@link ScriptTransactions}). */
    public boolean inTransaction() {
        return inTransaction;
    }

    /** The stable id a table name stands for at this point of the history ({@code public.users}). */
    public String tableId(QualifiedName name) {
        return schemaBefore.resolve(name);
    }

    /** The table as replayed up to this statement; empty when the history does not declare it. */
    public java.util.Optional<Table> table(QualifiedName name) {
        return schemaBefore.table(name);
    }

    public java.util.Optional<Index> index(QualifiedName name) {
        return schemaBefore.index(name);
    }

    /** True when an earlier statement of this script created the table. */
    public boolean isNewTable(QualifiedName name) {
        return newTables.contains(tableId(name));
    }

    /**
     * True unless this script created the table: a table the history does not declare (created outside it, or
     * by the platform, like {@code auth.users}) is taken to exist and to hold data.
     */
    public boolean isExistingTable(QualifiedName name) {
        return !isNewTable(name);
    }

    /** True when an earlier statement of this script created the index (or its table). */
    public boolean isNewIndex(QualifiedName name) {
        java.util.Optional<Index> index = index(name);
        return index.isPresent() && (newIndexes.contains(index.get().id())
                || newTables.contains(index.get().schema() + "." + index.get().table()));
    }

    public OptionalLong tableSize(QualifiedName name) {
        Long size = config.tableSizes().get(tableId(name));
        return size == null ? OptionalLong.empty() : OptionalLong.of(size);
    }

    /** The table's id, with its row estimate when one is known: {@code public.orders (~1200000 rows)}. */
    public String describeTable(QualifiedName name) {
        OptionalLong size = tableSize(name);
        return tableId(name) + (size.isPresent() ? " (~" + size.getAsLong() + " rows)" : "");
    }

    /** The schema at the end of the whole history. */
    public SchemaModel finalModel() {
        return history.finalModel();
    }

    /** Every script of the history, linted or not, in order. */
    public List<MigrationScript> allScripts() {
        return history.scripts();
    }

    /**
     * A fact about every script of the history (linted or not), computed once per lint run: pass the same constant
     * function for every script.
     */
    public <T> T historyFact(java.util.function.Function<List<MigrationScript>, T> fact) {
        return history.ofScripts(fact);
    }

    /**
     * A fact about the schema at the end of the whole history (an index of it, say), computed once per lint run:
     * pass the same constant function for every statement.
     */
    public <T> T finalModelFact(java.util.function.Function<SchemaModel, T> fact) {
        return history.ofFinalModel(fact);
    }

    public boolean rlsRequired() {
        return history.rlsRequired();
    }

    public boolean isExposedSchema(String schema) {
        return config.exposedSchemas().contains(schema);
    }
}
