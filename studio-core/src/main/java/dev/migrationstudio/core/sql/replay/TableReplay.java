package dev.migrationstudio.core.sql.replay;

import dev.migrationstudio.core.schema.Column;
import dev.migrationstudio.core.schema.Constraint;
import dev.migrationstudio.core.schema.Constraint.ConstraintKind;
import dev.migrationstudio.core.schema.Grant;
import dev.migrationstudio.core.schema.Index;
import dev.migrationstudio.core.schema.Policy;
import dev.migrationstudio.core.schema.Sequence;
import dev.migrationstudio.core.schema.Table;
import dev.migrationstudio.core.schema.Trigger;
import dev.migrationstudio.core.sql.parse.AlterAction;
import dev.migrationstudio.core.sql.parse.ColumnDefinition;
import dev.migrationstudio.core.sql.parse.ParsedStatement.AlterTable;
import dev.migrationstudio.core.sql.parse.ParsedStatement.CreateTable;
import dev.migrationstudio.core.sql.parse.QualifiedName;
import dev.migrationstudio.core.sql.parse.SqlExpressions;
import dev.migrationstudio.core.sql.parse.TableConstraint;
import dev.migrationstudio.core.sql.parse.TableLike;
import dev.migrationstudio.core.sql.parse.TypeNames;
import dev.migrationstudio.core.sql.replay.TableState.ColumnState;
import dev.migrationstudio.core.sql.replay.TouchedObject.Change;
import dev.migrationstudio.core.sql.replay.TouchedObject.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** CREATE TABLE, ALTER TABLE, and DROP/RENAME/SET SCHEMA of tables with everything that hangs on them. */
final class TableReplay {
    private final ReplayState state;
    private final ConstraintReplay constraints;
    private final PartitionReplay partitions;

    TableReplay(ReplayState state, PartitionReplay partitions) {
        this.state = state;
        this.constraints = new ConstraintReplay(state);
        this.partitions = partitions;
    }

    void create(CreateTable statement) {
        String schema = state.schemaOf(statement.table());
        String name = PostgresNames.truncate(statement.table().name());
        if (state.tables.containsKey(schema + "." + name)) {
            if (!statement.ifNotExists()) {
                state.warn("table " + schema + "." + name + " already exists");
            }
            return;
        }
        TableState table = new TableState(schema, name);
        table.unlogged = statement.unlogged();
        state.tables.put(table.id(), table);
        state.touch(Kind.TABLE, table.id(), Change.CREATED);
        state.grantDefaults(Grant.ObjectType.TABLE, schema, table.id());
        if (statement.asQuery() != null) {
            state.warn("columns of CREATE TABLE " + table.id() + " AS ... are not known without a database");
        }
        if (statement.partitionBy() != null) {
            table.kind = Table.TableKind.PARTITIONED;
            table.partitionKey = partitionKey(statement.partitionBy());
        }
        if (statement.partitionOf() != null) {
            inheritFromParent(table, statement.partitionOf());
            table.partitionBound = partitionBound(statement.partitionBound());
        }
        List<ColumnDefinition> columns = statement.columns();
        for (int position = 0; position <= columns.size(); position++) {
            for (TableLike like : statement.likes()) {
                if (like.position() == position) {
                    copyLike(table, like);
                }
            }
            if (position == columns.size()) {
                break;
            }
            ColumnDefinition column = columns.get(position);
            Optional<ColumnState> inherited = table.column(column.name());
            if (inherited.isPresent()) {
                inherited.get().nullable &= !column.notNull();
            } else {
                addColumn(table, column);
            }
        }
        List<TableConstraint> declared = new ArrayList<>();
        statement.columns().forEach(column -> declared.addAll(column.constraints()));
        declared.addAll(statement.constraints());
        withoutRedundantKeys(declared).forEach(c -> constraints.add(table, c, true));
    }

    /**
     * CREATE TABLE builds one index per distinct key: an unnamed UNIQUE on the primary key's columns, or on the
     * columns of an earlier UNIQUE, creates nothing.
     */
    private static List<TableConstraint> withoutRedundantKeys(List<TableConstraint> declared) {
        List<List<String>> keys = new ArrayList<>();
        declared.stream().filter(c -> c.kind() == TableConstraint.Kind.PRIMARY_KEY)
                .forEach(c -> keys.add(c.columns()));
        List<TableConstraint> kept = new ArrayList<>();
        for (TableConstraint constraint : declared) {
            if (constraint.kind() == TableConstraint.Kind.UNIQUE && constraint.name() == null
                    && constraint.usingIndex() == null && constraint.include().isEmpty()) {
                if (keys.contains(constraint.columns())) {
                    continue;
                }
                keys.add(constraint.columns());
            }
            kept.add(constraint);
        }
        return kept;
    }

    /**
     * {@code LIKE source}: its columns with NOT NULL, and what the options include (defaults, identity, generated
     * expressions, CHECK constraints, comments). Indexes are not copied (a warning says so).
     */
    private void copyLike(TableState table, TableLike like) {
        Optional<TableState> source = state.existingTable(like.source(), "LIKE");
        if (source.isEmpty()) {
            return;
        }
        for (ColumnState column : source.get().columns) {
            ColumnState copy = new ColumnState(column.name, column.type);
            copy.nullable = column.nullable;
            copy.collation = column.collation;
            copy.defaultExpression = like.includes("defaults") && column.generated == null
                    ? column.defaultExpression : null;
            copy.generated = like.includes("generated") ? column.generated : null;
            copy.comment = like.includes("comments") ? column.comment : null;
            table.columns.add(copy);
            if (like.includes("identity") && column.identity != Column.Identity.NONE) {
                setIdentity(table, copy, column.identity == Column.Identity.ALWAYS
                        ? ColumnDefinition.Identity.ALWAYS : ColumnDefinition.Identity.BY_DEFAULT);
            }
        }
        if (like.includes("constraints")) {
            source.get().constraints.values().stream().filter(c -> c.kind() == ConstraintKind.CHECK)
                    .forEach(c -> table.constraints.put(c.name(), c));
        }
        if (like.includes("indexes")) {
            state.warn("LIKE " + source.get().id() + " INCLUDING INDEXES: the copied indexes are not replayed");
        }
    }

    /** A partition gets its parent's columns, then what {@link #attachTo} copies. */
    private void inheritFromParent(TableState partition, QualifiedName parentName) {
        Optional<TableState> parent = state.existingTable(parentName, "PARTITION OF");
        if (parent.isEmpty()) {
            return;
        }
        parent.get().columns.forEach(c -> partition.columns.add(c.copy()));
        attachTo(parent.get(), partition);
    }

    /**
     * The parent's key constraints (renamed for the partition), foreign keys and checks, unless the partition has
     * an equivalent already; then identity, index and row-trigger clones.
     */
    private void attachTo(TableState parent, TableState partition) {
        for (Constraint constraint : parent.constraints.values()) {
            if (PartitionReplay.hasEquivalent(partition, constraint)) {
                continue;
            }
            TableConstraint.Kind kind = TableConstraint.Kind.valueOf(constraint.kind().name());
            boolean keyConstraint = kind == TableConstraint.Kind.PRIMARY_KEY || kind == TableConstraint.Kind.UNIQUE;
            TableConstraint.References references = constraint.references() == null ? null
                    : new TableConstraint.References(idToName(constraint.references().table()),
                            constraint.references().columns(), constraint.references().onDelete(),
                            constraint.references().onUpdate(), constraint.references().match());
            String expression = kind == TableConstraint.Kind.CHECK ? checkBody(constraint.definition()) : null;
            constraints.add(partition, new TableConstraint(keyConstraint ? null : constraint.name(), kind,
                    constraint.columns(), expression, references, constraint.deferrable(),
                    constraint.initiallyDeferred(), false, null, List.of()), true);
        }
        partitions.attach(parent, partition);
    }

    private static String checkBody(String definition) {
        return definition.substring("CHECK (".length(), definition.length() - 1);
    }

    private static QualifiedName idToName(String id) {
        int dot = id.indexOf('.');
        return new QualifiedName(id.substring(0, dot), id.substring(dot + 1));
    }

    /** {@code range (created_at)} as {@code pg_get_partkeydef()} prints it: {@code RANGE (created_at)}. */
    private static String partitionKey(String partitionBy) {
        String normalized = SqlExpressions.normalize(partitionBy);
        int space = normalized.indexOf('(');
        String strategy = normalized.substring(0, space).strip().toUpperCase(Locale.ROOT);
        return strategy + " " + normalized.substring(space);
    }

    private static String partitionBound(String bound) {
        String normalized = SqlExpressions.normalize(bound);
        for (String keyword : List.of("for values", "from", "to", "in", "with", "modulus", "remainder", "default",
                "minvalue", "maxvalue")) {
            normalized = normalized.replaceAll("(?<![\\w'])" + keyword + "(?![\\w'])", keyword.toUpperCase(Locale.ROOT));
        }
        return normalized.replaceAll("\\b(FROM|TO|IN|WITH)\\(", "$1 (");
    }

    private void addColumn(TableState table, ColumnDefinition definition) {
        String type = TypeNames.canonical(definition.type(), state.userTypes);
        ColumnState column = new ColumnState(PostgresNames.truncate(definition.name()), type);
        column.nullable = !definition.notNull();
        column.collation = definition.collation();
        column.generated = definition.generatedExpression() == null ? null
                : SqlExpressions.normalize(definition.generatedExpression());
        column.defaultExpression = DefaultExpressions.canonical(definition.defaultExpression(), type, table.schema);
        table.columns.add(column);
        if (TypeNames.isSerial(definition.type())) {
            Sequence sequence = ownedSequence(table, column.name, type);
            column.defaultExpression = "nextval('" + sequence.id() + "'::regclass)";
            column.nullable = false;
        }
        if (definition.identity() != ColumnDefinition.Identity.NONE) {
            setIdentity(table, column, definition.identity());
        }
    }

    private void setIdentity(TableState table, ColumnState column, ColumnDefinition.Identity identity) {
        column.identity = identity == ColumnDefinition.Identity.ALWAYS ? Column.Identity.ALWAYS
                : Column.Identity.BY_DEFAULT;
        column.nullable = false;
        ownedSequence(table, column.name, column.type);
    }

    /** The sequence a serial or identity column owns: {@code <table>_<column>_seq}, with the default privileges. */
    private Sequence ownedSequence(TableState table, String column, String type) {
        String name = PostgresNames.choose(table.name, List.of(column), "seq",
                n -> state.relationNameTaken(table.schema, n));
        long max = switch (type) {
            case "smallint" -> Short.MAX_VALUE;
            case "integer" -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
        Sequence sequence = new Sequence(table.schema, name, type, 1, 1, 1, max, false,
                table.id() + "." + column);
        state.sequences.put(sequence.id(), sequence);
        state.touch(Kind.SEQUENCE, sequence.id(), Change.CREATED);
        state.grantDefaults(Grant.ObjectType.SEQUENCE, table.schema, sequence.id());
        return sequence;
    }

    void alter(AlterTable statement) {
        Optional<TableState> found = statement.ifExists() ? state.table(statement.table())
                : state.existingTable(statement.table(), "ALTER TABLE");
        if (found.isEmpty()) {
            return;
        }
        TableState table = found.get();
        state.touch(Kind.TABLE, table.id(), Change.ALTERED);
        for (AlterAction action : statement.actions()) {
            apply(table, action);
        }
    }

    private void apply(TableState table, AlterAction action) {
        if (!applyColumnAction(table, action) && !applyConstraintAction(table, action)) {
            applyTableAction(table, action);
        }
    }

    private boolean applyColumnAction(TableState table, AlterAction action) {
        if (action instanceof AlterAction.AddColumn add) {
            if (table.column(add.column().name()).isPresent()) {
                if (!add.ifNotExists()) {
                    state.warn("column " + add.column().name() + " already exists on " + table.id());
                }
                return true;
            }
            addColumn(table, add.column());
            add.column().constraints().forEach(c -> constraints.add(table, c, false));
        } else if (action instanceof AlterAction.DropColumn drop) {
            dropColumn(table, drop.column(), drop.ifExists());
        } else if (action instanceof AlterAction.AlterColumnType change) {
            column(table, change.column()).ifPresent(c -> {
                c.type = TypeNames.canonical(change.type(), state.userTypes);
                if (change.collation() != null) {
                    c.collation = change.collation();
                }
            });
        } else if (action instanceof AlterAction.SetNotNull set) {
            column(table, set.column()).ifPresent(c -> c.nullable = false);
        } else if (action instanceof AlterAction.DropNotNull drop) {
            column(table, drop.column()).ifPresent(c -> c.nullable = true);
        } else if (action instanceof AlterAction.SetDefault set) {
            column(table, set.column())
                    .ifPresent(c -> c.defaultExpression = DefaultExpressions.canonical(set.expression(), c.type, state.currentSchema));
        } else if (action instanceof AlterAction.DropDefault drop) {
            column(table, drop.column()).ifPresent(c -> c.defaultExpression = null);
        } else if (action instanceof AlterAction.AddIdentity add) {
            column(table, add.column()).ifPresent(c -> setIdentity(table, c, add.identity()));
        } else if (action instanceof AlterAction.DropIdentity drop) {
            column(table, drop.column()).ifPresent(c -> {
                c.identity = Column.Identity.NONE;
                dropOwnedSequences(table.id() + "." + c.name);
            });
        } else if (action instanceof AlterAction.RenameColumn rename) {
            renameColumn(table, rename.from(), rename.to());
        } else {
            return false;
        }
        return true;
    }

    private boolean applyConstraintAction(TableState table, AlterAction action) {
        if (action instanceof AlterAction.AddConstraint add) {
            constraints.add(table, add.constraint(), false);
        } else if (action instanceof AlterAction.DropConstraint drop) {
            dropConstraint(table, drop.name(), drop.ifExists());
        } else if (action instanceof AlterAction.ValidateConstraint validate) {
            constraint(table, validate.name()).ifPresent(c -> table.constraints.put(c.name(), new Constraint(c.name(),
                    c.kind(), c.columns(), c.definition().replace(" NOT VALID", ""), c.references(), c.deferrable(),
                    c.initiallyDeferred(), true)));
        } else if (action instanceof AlterAction.RenameConstraint rename) {
            renameConstraint(table, rename.from(), rename.to());
        } else {
            return false;
        }
        return true;
    }

    private void applyTableAction(TableState table, AlterAction action) {
        if (action instanceof AlterAction.EnableRls) {
            table.rlsEnabled = true;
        } else if (action instanceof AlterAction.DisableRls) {
            table.rlsEnabled = false;
        } else if (action instanceof AlterAction.ForceRls) {
            table.rlsForced = true;
        } else if (action instanceof AlterAction.NoForceRls) {
            table.rlsForced = false;
        } else if (action instanceof AlterAction.AttachPartition attach) {
            state.existingTable(attach.partition(), "ATTACH PARTITION").ifPresent(p -> {
                p.partitionBound = partitionBound(attach.bound());
                attachTo(table, p);
            });
        } else if (action instanceof AlterAction.DetachPartition detach) {
            state.existingTable(detach.partition(), "DETACH PARTITION").ifPresent(p -> partitions.detach(table, p));
        } else if (action instanceof AlterAction.SetLogged logged) {
            table.unlogged = !logged.logged();
        } else if (action instanceof AlterAction.OwnerTo owner) {
            table.owner = owner.role();
        } else if (action instanceof AlterAction.SetSchema move) {
            moveTable(table, move.schema(), table.name);
        }
        // AlterAction.Other (storage, statistics, replica identity, triggers on/off): nothing the model records.
    }

    private Optional<ColumnState> column(TableState table, String name) {
        Optional<ColumnState> column = table.column(name);
        if (column.isEmpty()) {
            state.warn("column " + name + " does not exist on " + table.id());
        }
        return column;
    }

    private Optional<Constraint> constraint(TableState table, String name) {
        Optional<Constraint> constraint = Optional.ofNullable(table.constraints.get(name));
        if (constraint.isEmpty()) {
            state.warn("constraint " + name + " does not exist on " + table.id());
        }
        return constraint;
    }

    private void dropColumn(TableState table, String name, boolean ifExists) {
        Optional<ColumnState> column = ifExists ? table.column(name) : column(table, name);
        if (column.isEmpty()) {
            return;
        }
        table.columns.remove(column.get());
        table.constraints.values().removeIf(c -> c.columns().contains(name)
                || (c.kind() == ConstraintKind.CHECK && SqlExpressions.referencedNames(c.definition()).contains(name)));
        state.indexes.values().removeIf(i -> i.schema().equals(table.schema) && i.table().equals(table.name)
                && (i.keys().contains(name) || i.keys().stream().anyMatch(k -> SqlExpressions.referencedNames(k)
                        .contains(name))));
        dropOwnedSequences(table.id() + "." + name);
        state.grants.removeIf(table.id(), g -> name.equals(g.column()));
    }

    private void dropOwnedSequences(String owner) {
        state.sequences.values().removeIf(s -> owner.equals(s.ownedBy()));
    }

    private void dropConstraint(TableState table, String name, boolean ifExists) {
        Constraint removed = table.constraints.remove(name);
        if (removed == null) {
            if (!ifExists) {
                state.warn("constraint " + name + " does not exist on " + table.id());
            }
            return;
        }
        state.indexes.values().removeIf(i -> name.equals(i.constraint()) && i.schema().equals(table.schema));
    }

    private void renameColumn(TableState table, String from, String to) {
        Optional<ColumnState> column = column(table, from);
        if (column.isEmpty()) {
            return;
        }
        column.get().name = to;
        table.constraints.replaceAll((name, c) -> new Constraint(c.name(), c.kind(), rename(c.columns(), from, to),
                c.definition(), c.references(), c.deferrable(), c.initiallyDeferred(), c.validated()));
        replaceIndexes(i -> i.schema().equals(table.schema) && i.table().equals(table.name),
                i -> new Index(i.schema(), i.table(), i.name(), i.method(), i.unique(), rename(i.keys(), from, to),
                        rename(i.include(), from, to), i.predicate(), i.valid(), i.constraint(), i.definition()));
        for (TableState other : state.tables.values()) {
            other.constraints.replaceAll((name, c) -> c.references() == null
                    || !c.references().table().equals(table.id()) ? c
                    : new Constraint(c.name(), c.kind(), c.columns(), c.definition(),
                            new Constraint.ForeignKey(c.references().table(), rename(c.references().columns(), from, to),
                                    c.references().onUpdate(), c.references().onDelete(), c.references().match()),
                            c.deferrable(), c.initiallyDeferred(), c.validated()));
        }
        String oldOwner = table.id() + "." + from;
        state.sequences.replaceAll((id, s) -> oldOwner.equals(s.ownedBy()) ? withOwner(s, table.id() + "." + to) : s);
    }

    private static List<String> rename(List<String> names, String from, String to) {
        return names.stream().map(n -> n.equals(from) ? to : n).toList();
    }

    private void renameConstraint(TableState table, String from, String to) {
        constraint(table, from).ifPresent(c -> {
            table.constraints.remove(from);
            table.constraints.put(to, new Constraint(to, c.kind(), c.columns(), c.definition(), c.references(),
                    c.deferrable(), c.initiallyDeferred(), c.validated()));
            Index index = state.indexes.remove(table.schema + "." + from);
            if (index != null) {
                state.indexes.put(table.schema + "." + to, new Index(index.schema(), index.table(), to,
                        index.method(), index.unique(), index.keys(), index.include(), index.predicate(),
                        index.valid(), to, index.definition().replace(" " + from + " ON ", " " + to + " ON ")));
            }
        });
    }

    void drop(QualifiedName name, boolean ifExists, boolean cascade) {
        Optional<TableState> found = ifExists ? state.table(name) : state.existingTable(name, "DROP TABLE");
        if (found.isEmpty()) {
            return;
        }
        TableState table = found.get();
        String id = table.id();
        state.tables.remove(id);
        state.touch(Kind.TABLE, id, Change.DROPPED);
        state.indexes.values().removeIf(i -> isId(i.schema(), i.table(), id));
        state.policies.values().removeIf(p -> isId(p.schema(), p.table(), id));
        state.triggers.values().removeIf(t -> isId(t.schema(), t.table(), id));
        state.sequences.values().removeIf(s -> s.ownedBy() != null && s.ownedBy().startsWith(id + "."));
        state.grants.removeObject(id);
        for (TableState other : state.tables.values()) {
            boolean referencing = other.constraints.values().removeIf(c -> c.references() != null
                    && c.references().table().equals(id));
            if (referencing && !cascade) {
                state.warn("dropping " + id + " without CASCADE while " + other.id() + " references it");
            }
        }
    }

    void rename(QualifiedName name, String newName, boolean ifExists) {
        Optional<TableState> found = ifExists ? state.table(name) : state.existingTable(name, "RENAME");
        found.ifPresent(table -> moveTable(table, table.schema, PostgresNames.truncate(newName)));
    }

    /** Re-keys a table and everything naming it after a rename or SET SCHEMA. */
    private void moveTable(TableState table, String schema, String name) {
        String oldId = table.id();
        state.tables.remove(oldId);
        table.schema = schema;
        table.name = name;
        String newId = table.id();
        state.tables.put(newId, table);
        state.touch(Kind.TABLE, oldId, Change.RENAMED);
        state.touch(Kind.TABLE, newId, Change.RENAMED);
        replaceIndexes(i -> isId(i.schema(), i.table(), oldId),
                i -> new Index(schema, name, i.name(), i.method(), i.unique(), i.keys(), i.include(), i.predicate(),
                        i.valid(), i.constraint(), i.definition().replace(" ON " + oldId + " ", " ON " + newId + " ")));
        rekey(state.policies, p -> isId(p.schema(), p.table(), oldId), p -> new Policy(schema, name, p.name(), p.command(),
                p.permissive(), p.roles(), p.using(), p.withCheck()), Policy::id);
        rekey(state.triggers, t -> isId(t.schema(), t.table(), oldId), t -> new Trigger(schema, name,
                t.name(), t.timing(), t.events(), t.level(), t.function(), t.when(), t.enabled(), t.definition()),
                Trigger::id);
        state.sequences.replaceAll((id, s) -> s.ownedBy() != null && s.ownedBy().startsWith(oldId + ".")
                ? withOwner(s, newId + s.ownedBy().substring(oldId.length())) : s);
        state.grants.move(oldId, newId);
        for (TableState other : state.tables.values()) {
            other.constraints.replaceAll((n, c) -> c.references() == null || !c.references().table().equals(oldId)
                    ? c : new Constraint(c.name(), c.kind(), c.columns(), c.definition().replace(
                            "REFERENCES " + oldId + "(", "REFERENCES " + newId + "("),
                            new Constraint.ForeignKey(newId, c.references().columns(), c.references().onUpdate(),
                                    c.references().onDelete(), c.references().match()),
                            c.deferrable(), c.initiallyDeferred(), c.validated()));
        }
    }

    /** {@code (schema + "." + name).equals(id)}, without building the string: replay asks it of every index. */
    private static boolean isId(String schema, String name, String id) {
        return id.length() == schema.length() + 1 + name.length() && id.startsWith(schema)
                && id.charAt(schema.length()) == '.' && id.endsWith(name);
    }

    private void replaceIndexes(Predicate<Index> which, java.util.function.UnaryOperator<Index> change) {
        rekey(state.indexes, which, change, Index::id);
    }

    private static <T> void rekey(Map<String, T> map, Predicate<T> which, java.util.function.UnaryOperator<T> change,
            java.util.function.Function<T, String> id) {
        List<T> matching = map.values().stream().filter(which).toList();
        matching.forEach(item -> map.remove(id.apply(item)));
        matching.stream().map(change).forEach(item -> map.put(id.apply(item), item));
    }

    private static Sequence withOwner(Sequence s, String owner) {
        return new Sequence(s.schema(), s.name(), s.dataType(), s.start(), s.increment(), s.minValue(),
                s.maxValue(), s.cycle(), owner);
    }
}
