package dev.migrationstudio.core.sql.replay;

import dev.migrationstudio.core.schema.Index;
import dev.migrationstudio.core.sql.parse.ParsedStatement.CreateIndex;
import dev.migrationstudio.core.sql.parse.QualifiedName;
import dev.migrationstudio.core.sql.parse.SqlExpressions;
import dev.migrationstudio.core.sql.replay.TouchedObject.Change;
import dev.migrationstudio.core.sql.replay.TouchedObject.Kind;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** CREATE/DROP/RENAME INDEX. Index names are unique per schema and live in the table's schema. */
final class IndexReplay {
    private final ReplayState state;
    private final PartitionReplay partitions;

    IndexReplay(ReplayState state, PartitionReplay partitions) {
        this.state = state;
        this.partitions = partitions;
    }

    void create(CreateIndex statement) {
        Optional<TableState> table = state.table(statement.table());
        String schema;
        String tableName;
        if (table.isPresent()) {
            schema = table.get().schema;
            tableName = table.get().name;
        } else if (state.views.containsKey(state.id(statement.table()))) {
            schema = state.schemaOf(statement.table());
            tableName = statement.table().name();
        } else {
            state.warn("CREATE INDEX on unknown table " + state.id(statement.table()));
            return;
        }
        List<String> keys = statement.keys().stream().map(SqlExpressions::normalize).toList();
        String name = statement.name() != null ? PostgresNames.truncate(statement.name())
                : PostgresNames.choose(tableName, keys.stream().map(IndexReplay::keyName).toList(),
                        "idx", n -> state.relationNameTaken(schema, n));
        if (state.indexes.containsKey(schema + "." + name)) {
            if (!statement.ifNotExists()) {
                state.warn("index " + schema + "." + name + " already exists");
            }
            return;
        }
        String predicate = statement.where() == null ? null : SqlExpressions.normalize(statement.where());
        String definition = "CREATE " + (statement.unique() ? "UNIQUE " : "") + "INDEX " + name + " ON "
                + (statement.only() ? "ONLY " : "") + schema + "." + tableName + " USING " + statement.method()
                + " (" + String.join(", ", keys) + ")"
                + (statement.include().isEmpty() ? "" : " INCLUDE (" + String.join(", ", statement.include()) + ")")
                + (predicate == null ? "" : " WHERE (" + predicate + ")");
        Index index = new Index(schema, tableName, name, statement.method(), statement.unique(), keys,
                statement.include(), predicate, true, null, definition);
        state.indexes.put(index.id(), index);
        state.touch(Kind.INDEX, index.id(), Change.CREATED);
        if (!statement.only()) {
            partitions.indexCreated(index);
        }
    }

    private static final Pattern ORDERING = Pattern.compile("(?i)\\s+(asc|desc|nulls first|nulls last)$");
    private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_$]*");

    /** {@code FigureIndexColname}: a column's name, a called function's name, else {@code expr}. */
    static String keyName(String key) {
        String bare = ORDERING.matcher(key).replaceAll("");
        if (PLAIN_IDENTIFIER.matcher(bare).matches()) {
            return bare;
        }
        String function = SqlExpressions.leadingFunctionName(bare);
        return function == null ? "expr" : function;
    }

    void drop(QualifiedName name, boolean ifExists) {
        Index index = state.indexes.get(state.id(name));
        if (index == null) {
            if (!ifExists) {
                state.warn("DROP INDEX of unknown index " + state.id(name));
            }
            return;
        }
        if (index.constraint() != null) {
            state.warn("index " + index.id() + " belongs to constraint " + index.constraint()
                    + "; Postgres refuses DROP INDEX");
            return;
        }
        state.indexes.remove(index.id());
        state.touch(Kind.INDEX, index.id(), Change.DROPPED);
    }

    void rename(QualifiedName name, String newName, boolean ifExists) {
        Index index = state.indexes.get(state.id(name));
        if (index == null) {
            if (!ifExists) {
                state.warn("ALTER INDEX of unknown index " + state.id(name));
            }
            return;
        }
        state.indexes.remove(index.id());
        Index renamed = new Index(index.schema(), index.table(), newName, index.method(), index.unique(),
                index.keys(), index.include(), index.predicate(), index.valid(),
                index.constraint() == null ? null : newName,
                index.definition().replace("INDEX " + index.name() + " ON", "INDEX " + newName + " ON"));
        state.indexes.put(renamed.id(), renamed);
        state.touch(Kind.INDEX, renamed.id(), Change.RENAMED);
    }
}
