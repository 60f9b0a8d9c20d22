package dev.migrationstudio.core.schema;

/** A sequence; {@code ownedBy} is {@code schema.table.column} when a column owns it. */
public record Sequence(
        String schema,
        String name,
        String dataType,
        long start,
        long increment,
        long minValue,
        long maxValue,
        boolean cycle,
        String ownedBy) {

    public String id() {
        return ObjectIds.qualified(schema, name);
    }
}
