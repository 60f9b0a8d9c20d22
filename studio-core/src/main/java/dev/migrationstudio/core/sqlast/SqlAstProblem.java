package dev.migrationstudio.core.sqlast;

import java.io.Serializable;

/**
 * Part of the history that could not be read or parsed. The run goes on past it.
 *
 * @param file    relative to the project directory
 * @param line    1-based line in {@code file}
 * @param message what is wrong, naming the file and line
 */
public record SqlAstProblem(Kind kind, String file, int line, String message) implements Serializable {

    public enum Kind {
        /** The file is not text in its encoding (invalid bytes, a binary file): none of it was parsed. */
        UNREADABLE_FILE,
        /** An unterminated quote, comment, dollar quote ...: the statements before it were parsed, not the rest. */
        UNTERMINATED,
        /** A statement too large or too deeply nested to parse: kept as an opaque block. */
        PARSE_LIMIT
    }
}
