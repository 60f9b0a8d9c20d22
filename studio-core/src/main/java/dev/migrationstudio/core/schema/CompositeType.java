package dev.migrationstudio.core.schema;

import java.util.List;

/** A composite type with its attributes in order. */
public record CompositeType(String schema, String name, List<Attribute> attributes, String comment) {
    public CompositeType {
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
    }

    public String id() {
        return ObjectIds.qualified(schema, name);
    }

    public record Attribute(String name, String type) {
    }
}
