package dev.migrationstudio.core.schema;

public record Extension(String name, String schema, String version) {
}
