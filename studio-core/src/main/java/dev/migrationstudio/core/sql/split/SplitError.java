package dev.migrationstudio.core.sql.split;

import java.io.Serializable;
/**
 * Why splitting stopped: an unterminated quote, comment, dollar quote, COPY block, parenthesis or BEGIN ... END body,
 * with where the broken construct began. The message does not name the file: the caller knows it.
 */
public record SplitError(String message, SourcePosition position) implements Serializable {
}
