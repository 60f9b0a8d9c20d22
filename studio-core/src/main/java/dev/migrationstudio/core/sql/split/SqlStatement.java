package dev.migrationstudio.core.sql.split;

/**
 * One statement cut from a script: its text without the closing semicolon and without surrounding blank
 * lines, where it starts, and what kind of chunk it is.
 */
public record SqlStatement(String text, SourcePosition start, Kind kind) {

    public enum Kind {
        /** Ordinary SQL, ready to send to the server. */
        SQL,
        /** A psql meta-command such as {@code \set} or {@code \i}: reported, never executed. */
        PSQL_META
    }
}
