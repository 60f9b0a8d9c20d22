package dev.migrationstudio.core.sql.split;

/** A script file's bytes as text, or why they are not a UTF-8 text file. */
public sealed interface DecodedScript {

    /** The script's text, without a UTF-8 byte order mark. */
    record Text(String sql) implements DecodedScript {
    }

    /**
     * Not a UTF-8 text file.
     *
     * @param message  what is wrong, naming the file and the place
     * @param position line and column of the bad byte (columns count the characters before it on its line),
     *                 and its byte offset in the file
     */
    record Rejected(String message, SourcePosition position) implements DecodedScript {
    }
}
