package dev.migrationstudio.core.intent;

/** A statement of the history nothing understood, kept verbatim with why, so nothing is silently dropped. */
public record OpaqueBlock(String file, int line, String sql, String reason) {
}
