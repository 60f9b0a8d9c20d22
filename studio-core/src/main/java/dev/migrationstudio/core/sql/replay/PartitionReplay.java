package dev.migrationstudio.core.sql.replay;

import dev.migrationstudio.core.schema.Column;
import dev.migrationstudio.core.schema.Constraint;
import dev.migrationstudio.core.schema.Index;
import dev.migrationstudio.core.schema.Trigger;
import dev.migrationstudio.core.sql.replay.TableState.ColumnState;
import dev.migrationstudio.core.sql.replay.TouchedObject.Change;
import dev.migrationstudio.core.sql.replay.TouchedObject.Kind;
import java.util.List;

/**
 * What PostgreSQL 17 copies from a partitioned table to a partition at CREATE TABLE ... PARTITION OF and ATTACH
 * PARTITION, and to every existing partition when the parent later gets an index or a row trigger: the identity of
 * its columns (the partition shares the parent's sequence), a clone of each index named as {@code DefineIndex}
 * names it ({@code <partition>_<columns>_idx}), and a clone of each row trigger. DETACH drops the identity and the
 * trigger clones; index and constraint clones stay as the partition's own.
 */
final class PartitionReplay {
    private final ReplayState state;

    PartitionReplay(ReplayState state) {
        this.state = state;
    }

    void attach(TableState parent, TableState partition) {
        partition.partitionOf = parent.id();
        for (ColumnState column : parent.columns) {
            if (column.identity != Column.Identity.NONE) {
                partition.column(column.name).ifPresent(c -> {
                    c.identity = column.identity;
                    c.nullable = false;
                });
            }
        }
        List.copyOf(state.indexes.values()).stream().filter(i -> i.constraint() == null && isOn(i, parent))
                .forEach(i -> cloneIndex(i, partition));
        List.copyOf(state.triggers.values()).stream().filter(t -> isRowTriggerOn(t, parent))
                .forEach(t -> cloneTrigger(t, partition));
    }

    void detach(TableState parent, TableState partition) {
        partition.partitionOf = null;
        partition.partitionBound = null;
        partition.columns.forEach(c -> c.identity = Column.Identity.NONE);
        state.triggers.values().stream().filter(t -> isRowTriggerOn(t, parent)).map(Trigger::name).toList()
                .forEach(name -> state.triggers.remove(partition.id() + "." + name));
    }

    /** A new index of a partitioned table (not ON ONLY) is cloned to each partition. */
    void indexCreated(Index index) {
        partitionsOf(index.schema() + "." + index.table()).forEach(p -> cloneIndex(index, p));
    }

    void triggerCreated(Trigger trigger) {
        if (trigger.level().equals("ROW")) {
            partitionsOf(trigger.schema() + "." + trigger.table()).forEach(p -> cloneTrigger(trigger, p));
        }
    }

    void triggerDropped(String tableId, String name) {
        for (TableState partition : partitionsOf(tableId)) {
            state.triggers.remove(partition.id() + "." + name);
            triggerDropped(partition.id(), name);
        }
    }

    private List<TableState> partitionsOf(String tableId) {
        return state.tables.values().stream().filter(t -> tableId.equals(t.partitionOf)).toList();
    }

    private static boolean isOn(Index index, TableState table) {
        return index.schema().equals(table.schema) && index.table().equals(table.name);
    }

    private static boolean isRowTriggerOn(Trigger trigger, TableState table) {
        return trigger.level().equals("ROW") && trigger.schema().equals(table.schema)
                && trigger.table().equals(table.name);
    }

    private void cloneIndex(Index index, TableState partition) {
        List<String> columnNames = index.keys().stream().map(IndexReplay::keyName).toList();
        String name = PostgresNames.choose(partition.name, columnNames, "idx",
                n -> state.relationNameTaken(partition.schema, n));
        Index clone = new Index(partition.schema, partition.name, name, index.method(), index.unique(),
                index.keys(), index.include(), index.predicate(), index.valid(), null,
                index.definition().replace("INDEX " + index.name() + " ON ONLY " + index.schema() + "."
                        + index.table() + " ", "INDEX " + name + " ON " + partition.id() + " ")
                        .replace("INDEX " + index.name() + " ON " + index.schema() + "." + index.table() + " ",
                                "INDEX " + name + " ON " + partition.id() + " "));
        state.indexes.put(clone.id(), clone);
        state.touch(Kind.INDEX, clone.id(), Change.CREATED);
        partitionsOf(partition.id()).forEach(p -> cloneIndex(clone, p));
    }

    private void cloneTrigger(Trigger trigger, TableState partition) {
        Trigger clone = new Trigger(partition.schema, partition.name, trigger.name(), trigger.timing(),
                trigger.events(), trigger.level(), trigger.function(), trigger.when(), trigger.enabled(),
                trigger.definition().replace(" ON " + trigger.schema() + "." + trigger.table() + " ",
                        " ON " + partition.id() + " "));
        state.triggers.put(clone.id(), clone);
        state.touch(Kind.TRIGGER, clone.id(), Change.CREATED);
        partitionsOf(partition.id()).forEach(p -> cloneTrigger(clone, p));
    }

    /** The parent's constraints a partition must carry: keys and foreign keys cloned, CHECKs copied by name. */
    static boolean hasEquivalent(TableState partition, Constraint constraint) {
        return partition.constraints.values().stream().anyMatch(c -> c.name().equals(constraint.name())
                || (c.kind() == constraint.kind() && c.kind() != Constraint.ConstraintKind.CHECK
                        && c.columns().equals(constraint.columns())
                        && java.util.Objects.equals(c.references(), constraint.references())));
    }
}
