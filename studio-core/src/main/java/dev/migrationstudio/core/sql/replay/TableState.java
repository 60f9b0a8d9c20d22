package dev.migrationstudio.core.sql.replay;

import dev.migrationstudio.core.schema.Column;
import dev.migrationstudio.core.schema.Constraint;
import dev.migrationstudio.core.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A table while statements change it; {@link #toTable()} freezes it into the model record. */
final class TableState {
    String schema;
    String name;
    Table.TableKind kind = Table.TableKind.TABLE;
    boolean unlogged;
    String partitionKey;
    String partitionOf;
    String partitionBound;
    final List<ColumnState> columns = new ArrayList<>();
    final Map<String, Constraint> constraints = new LinkedHashMap<>();
    boolean rlsEnabled;
    boolean rlsForced;
    String owner;
    String comment;

    TableState(String schema, String name) {
        this.schema = schema;
        this.name = name;
    }

    String id() {
        return schema + "." + name;
    }

    Optional<ColumnState> column(String columnName) {
        return columns.stream().filter(c -> c.name.equals(columnName)).findFirst();
    }

    List<String> columnNames() {
        return columns.stream().map(c -> c.name).toList();
    }

    Optional<Constraint> primaryKey() {
        return constraints.values().stream()
                .filter(c -> c.kind() == Constraint.ConstraintKind.PRIMARY_KEY).findFirst();
    }

    Table toTable() {
        return new Table(schema, name, kind, unlogged, partitionKey, partitionOf, partitionBound,
                columns.stream().map(ColumnState::toColumn).toList(), List.copyOf(constraints.values()),
                rlsEnabled, rlsForced, owner, comment);
    }

    /** A column while statements change it. */
    static final class ColumnState {
        String name;
        String type;
        boolean nullable = true;
        String defaultExpression;
        Column.Identity identity = Column.Identity.NONE;
        String generated;
        String collation;
        String comment;

        ColumnState(String name, String type) {
            this.name = name;
            this.type = type;
        }

        ColumnState copy() {
            ColumnState copy = new ColumnState(name, type);
            copy.nullable = nullable;
            copy.defaultExpression = defaultExpression;
            copy.identity = identity;
            copy.generated = generated;
            copy.collation = collation;
            return copy;
        }

        Column toColumn() {
            return new Column(name, type, nullable, defaultExpression, identity, generated, collation, comment);
        }
    }
}
