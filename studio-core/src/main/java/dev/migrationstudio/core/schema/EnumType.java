package dev.migrationstudio.core.schema;

import java.util.List;

/** An enum type with its labels in sort order. */
public record EnumType(String schema, String name, List<String> labels, String comment) {
    public EnumType {
        labels = labels == null ? List.of() : List.copyOf(labels);
    }

    public String id() {
        return ObjectIds.qualified(schema, name);
    }
}
