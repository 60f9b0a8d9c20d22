package dev.migrationstudio.core.schema;

import java.util.Comparator;
import java.util.List;

/**
 * A table. {@code partitionKey} is set on partitioned tables ({@code RANGE (created_at)}); {@code partitionOf}
 * and {@code partitionBound} on partitions. Columns keep their ordinal order; constraints are sorted by name.
 */
public record Table(
        String schema,
        String name,
        TableKind kind,
        boolean unlogged,
        String partitionKey,
        String partitionOf,
        String partitionBound,
        List<Column> columns,
        List<Constraint> constraints,
        boolean rlsEnabled,
        boolean rlsForced,
        String owner,
        String comment) {

    public Table {
        columns = columns == null ? List.of() : List.copyOf(columns);
        constraints = constraints == null ? List.of()
                : constraints.stream().sorted(Comparator.comparing(Constraint::name)).toList();
    }

    public String id() {
        return ObjectIds.qualified(schema, name);
    }

    public enum TableKind { TABLE, PARTITIONED }
}
