package dev.migrationstudio.core.sql.split;

import java.io.Serializable;
/**
 * One statement cut from a script.
 *
 * @param text            the statement exactly as written in the script (a substring starting at {@code start.offset()}),
 *                        without the closing semicolon, without surrounding blanks and without comments before it
 * @param start           where the first character of {@code text} is
 * @param kind            what kind of chunk it is
 * @param leadingComments the comments between the previous statement and this one, verbatim (blank lines between them
 *                        included), or "" when there are none; a comment on the same line as the previous statement's
 *                        semicolon belongs to that statement and is not here. This is where
 *                        {@code -- studio:ignore <rule> -- <reason>} is found.
 * @param copyData        for {@code COPY ... FROM stdin} (and {@code \copy ... from stdin}): the data lines that follow
 *                        the statement, verbatim, up to but not including the terminating {@code \.} line; otherwise null
 */
public record SqlStatement(String text, SourcePosition start, Kind kind, String leadingComments, String copyData)
        implements Serializable {

    public SqlStatement {
        leadingComments = leadingComments == null ? "" : leadingComments;
    }

    /** A statement with no comments before it and no COPY data. */
    public SqlStatement(String text, SourcePosition start, Kind kind) {
        this(text, start, kind, "", null);
    }

    public enum Kind {
        /** Ordinary SQL, ready to send to the server. */
        SQL,
        /** {@code COPY ... FROM STDIN}: send {@code text} with the COPY protocol and stream {@code copyData}. */
        COPY_FROM_STDIN,
        /** A psql meta-command such as {@code \set} or {@code \i}: reported, never executed. */
        PSQL_META
    }
}
