package dev.migrationstudio.core.sql.split;

/** Why splitting stopped: an unterminated quote, comment, dollar quote or COPY block, with where it began. */
public record SplitError(String message, SourcePosition position) {
}
