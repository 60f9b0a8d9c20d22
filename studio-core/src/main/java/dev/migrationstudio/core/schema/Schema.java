package dev.migrationstudio.core.schema;

public record Schema(String name, String owner, String comment) {
}
