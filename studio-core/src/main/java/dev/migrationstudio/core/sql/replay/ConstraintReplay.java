package dev.migrationstudio.core.sql.replay;

import dev.migrationstudio.core.schema.Constraint;
import dev.migrationstudio.core.schema.Constraint.ConstraintKind;
import dev.migrationstudio.core.schema.Index;
import dev.migrationstudio.core.sql.parse.SqlExpressions;
import dev.migrationstudio.core.sql.parse.TableConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Adds constraints the way Postgres does: default names, NOT NULL for key columns, an index per key. */
final class ConstraintReplay {
    private final ReplayState state;

    ConstraintReplay(ReplayState state) {
        this.state = state;
    }

    /** {@code newTable}: CREATE TABLE, where NOT VALID means nothing and every constraint starts validated. */
    void add(TableState table, TableConstraint source, boolean newTable) {
        List<String> columns = source.columns();
        String name = source.name() == null ? null : PostgresNames.truncate(source.name());
        if (source.usingIndex() != null) {
            Optional<Index> index = Optional.ofNullable(state.indexes.get(table.schema + "." + source.usingIndex()));
            if (index.isEmpty()) {
                state.warn("USING INDEX names unknown index " + source.usingIndex() + " on " + table.id());
                return;
            }
            columns = index.get().keys();
            name = name == null ? source.usingIndex() : name;
            state.indexes.remove(index.get().id());
        }
        ConstraintKind kind = kindOf(source.kind());
        if (name == null) {
            name = defaultName(table, kind, columns, source.expression());
        }
        if (table.constraints.containsKey(name)) {
            state.warn("constraint " + name + " already exists on " + table.id() + "; replaced");
        }
        Constraint.ForeignKey references = source.references() == null ? null : foreignKey(table, source);
        boolean validated = newTable || !source.notValid();
        Constraint constraint = new Constraint(name, kind, columns,
                definition(kind, columns, source, references, validated), references, source.deferrable(),
                source.initiallyDeferred(), validated);
        table.constraints.put(name, constraint);
        if (kind == ConstraintKind.PRIMARY_KEY) {
            for (String column : columns) {
                table.column(column).ifPresent(c -> c.nullable = false);
            }
        }
        if (kind == ConstraintKind.PRIMARY_KEY || kind == ConstraintKind.UNIQUE) {
            addKeyIndex(table, name, columns, source.include());
        }
    }

    private void addKeyIndex(TableState table, String name, List<String> columns, List<String> include) {
        String definition = "CREATE UNIQUE INDEX " + name + " ON " + table.id() + " USING btree ("
                + String.join(", ", columns) + ")" + (include.isEmpty() ? "" : " INCLUDE (" + String.join(", ", include) + ")");
        Index index = new Index(table.schema, table.name, name, "btree", true, columns, include, null, true, name,
                definition);
        state.indexes.put(index.id(), index);
    }

    private String defaultName(TableState table, ConstraintKind kind, List<String> columns, String expression) {
        return switch (kind) {
            case PRIMARY_KEY -> PostgresNames.choose(table.name, List.of(), "pkey",
                    n -> state.constraintNameTaken(table, n));
            case UNIQUE -> PostgresNames.choose(table.name, columns, "key", n -> state.constraintNameTaken(table, n));
            case FOREIGN_KEY -> PostgresNames.choose(table.name, columns, "fkey",
                    n -> state.constraintNameTaken(table, n));
            case CHECK -> PostgresNames.choose(table.name, checkColumns(table, expression), "check",
                    n -> state.constraintNameTaken(table, n));
            case EXCLUDE -> PostgresNames.choose(table.name, exclusionColumns(table, expression), "excl",
                    n -> state.constraintNameTaken(table, n));
        };
    }

    /** Postgres names a check after its column only when the expression mentions exactly one column. */
    private static List<String> checkColumns(TableState table, String expression) {
        List<String> mentioned = SqlExpressions.referencedNames(expression).stream()
                .filter(table.columnNames()::contains).distinct().toList();
        return mentioned.size() == 1 ? mentioned : List.of();
    }

    private static List<String> exclusionColumns(TableState table, String elements) {
        List<String> columns = new ArrayList<>();
        for (String element : elements.split(",")) {
            SqlExpressions.referencedNames(element).stream().filter(table.columnNames()::contains).findFirst()
                    .ifPresent(columns::add);
        }
        return columns;
    }

    private Constraint.ForeignKey foreignKey(TableState table, TableConstraint source) {
        TableConstraint.References references = source.references();
        Optional<TableState> target = references.table().schema() == null
                && references.table().name().equals(table.name) ? Optional.of(table) : state.table(references.table());
        String targetId = target.map(TableState::id).orElse(state.id(references.table()));
        List<String> targetColumns = references.columns();
        if (target.isEmpty()) {
            state.warn("foreign key of " + table.id() + " references unknown table " + targetId);
        } else if (targetColumns.isEmpty()) {
            targetColumns = target.get().primaryKey().map(Constraint::columns).orElse(List.of());
            if (targetColumns.isEmpty()) {
                state.warn("foreign key of " + table.id() + " references " + targetId + ", which has no primary key");
            }
        }
        return new Constraint.ForeignKey(targetId, targetColumns, orDefault(references.onUpdate(), "NO ACTION"),
                orDefault(references.onDelete(), "NO ACTION"), orDefault(references.match(), "SIMPLE"));
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    static ConstraintKind kindOf(TableConstraint.Kind kind) {
        return switch (kind) {
            case PRIMARY_KEY -> ConstraintKind.PRIMARY_KEY;
            case UNIQUE -> ConstraintKind.UNIQUE;
            case CHECK -> ConstraintKind.CHECK;
            case FOREIGN_KEY -> ConstraintKind.FOREIGN_KEY;
            case EXCLUDE -> ConstraintKind.EXCLUDE;
        };
    }

    /** Close to {@code pg_get_constraintdef()}; CHECK and EXCLUDE bodies are normalized source text. */
    private static String definition(ConstraintKind kind, List<String> columns, TableConstraint source,
            Constraint.ForeignKey references, boolean validated) {
        String columnList = "(" + String.join(", ", columns) + ")";
        StringBuilder text = new StringBuilder(switch (kind) {
            case PRIMARY_KEY -> "PRIMARY KEY " + columnList;
            case UNIQUE -> "UNIQUE " + columnList;
            case CHECK -> "CHECK (" + parenthesized(SqlExpressions.normalize(source.expression())) + ")";
            case EXCLUDE -> "EXCLUDE (" + SqlExpressions.normalize(source.expression()) + ")";
            case FOREIGN_KEY -> "FOREIGN KEY " + columnList + " REFERENCES "
                    + references.table() + "(" + String.join(", ", references.columns()) + ")";
        });
        if (!source.include().isEmpty()) {
            text.append(" INCLUDE (").append(String.join(", ", source.include())).append(')');
        }
        if (references != null) {
            if (references.match().equals("FULL")) {
                text.append(" MATCH FULL");
            }
            if (!references.onUpdate().equals("NO ACTION")) {
                text.append(" ON UPDATE ").append(references.onUpdate());
            }
            if (!references.onDelete().equals("NO ACTION")) {
                text.append(" ON DELETE ").append(references.onDelete());
            }
        }
        if (source.deferrable()) {
            text.append(source.initiallyDeferred() ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE");
        }
        if (!validated) {
            text.append(" NOT VALID");
        }
        return text.toString();
    }

    private static String parenthesized(String expression) {
        boolean call = SqlExpressions.leadingFunctionName(expression) != null && expression.endsWith(")")
                && !expression.contains(" ");
        return call ? expression : "(" + expression + ")";
    }
}
