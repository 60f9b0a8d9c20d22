package dev.migrationstudio.core.sql.split;

import static dev.migrationstudio.core.sql.split.PgLexer.UNTERMINATED;
import static dev.migrationstudio.core.sql.split.PgLexer.isIdentifierStart;
import static dev.migrationstudio.core.sql.split.PgLexer.isLineBreak;
import static dev.migrationstudio.core.sql.split.PgLexer.isWhitespace;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Cuts a PostgreSQL script into statements the way psql would send them to the server.
 *
 * <p>Total: every input gives a {@link SplitResult}, in one pass and linear time. When a quote, comment, dollar quote,
 * parenthesis, routine body or COPY data block is never closed, the result holds the statements before the broken
 * one and a {@link SplitError} at the place the construct opened, never an exception and never a silent loss of the
 * rest of the file.
 *
 * <p>Assumes {@code standard_conforming_strings = on} (the default since PostgreSQL 9.1): a backslash escapes only
 * inside {@code E'...'}.
 */
public final class SqlSplitter {
    private static final int MAX_TAG_IN_MESSAGE = 40;

    private final String sql;
    private final int length;
    private final PositionTracker positions;
    private final StatementShape shape = new StatementShape();
    private final List<SqlStatement> statements = new ArrayList<>();
    private SplitError error;
    private int pos;

    /** Comments before the next statement: [leadingStart, leadingEnd), or leadingStart = -1 for none. */
    private int leadingStart = -1;
    private int leadingEnd;
    /** True between a statement's end and the next line break: comments there trail the statement before. */
    private boolean onTerminatorLine;

    private SqlSplitter(String sql) {
        this.sql = sql;
        this.length = sql.length();
        this.positions = new PositionTracker(sql);
    }

    public static SplitResult split(String sql) {
        Objects.requireNonNull(sql, "sql");
        return new SqlSplitter(sql).run();
    }

    private SplitResult run() {
        pos = length > 0 && sql.charAt(0) == '\uFEFF' ? 1 : 0;
        while (error == null && skipToNextStatement()) {
            if (sql.charAt(pos) == '\\') {
                readMetaCommand();
            } else {
                readStatement();
            }
        }
        return new SplitResult(statements, error);
    }

    /** Skips blanks, stray semicolons and comments, remembering the comments. False at the end or on error. */
    private boolean skipToNextStatement() {
        leadingStart = -1;
        while (pos < length) {
            char c = sql.charAt(pos);
            if (isLineBreak(c)) {
                onTerminatorLine = false;
                pos++;
            } else if (isWhitespace(c) || c == ';') {
                pos++;
            } else if (startsLineComment(pos)) {
                int end = PgLexer.skipLineComment(sql, pos);
                noteComment(pos, end);
                pos = end;
            } else if (startsBlockComment(pos)) {
                int end = PgLexer.skipBlockComment(sql, pos);
                if (end == UNTERMINATED) {
                    return fail("unterminated /* comment: comments nest in PostgreSQL, so every /* needs its own */",
                            pos);
                }
                noteComment(pos, end);
                pos = end;
            } else {
                return true;
            }
        }
        return false;
    }

    private void noteComment(int start, int end) {
        if (!onTerminatorLine) {
            if (leadingStart < 0) {
                leadingStart = start;
            }
            leadingEnd = end;
        }
    }

    private String leadingComments() {
        return leadingStart < 0 ? "" : sql.substring(leadingStart, leadingEnd);
    }

    private void readStatement() {
        int start = pos;
        SourcePosition startPosition = positions.at(start);
        String leading = leadingComments();
        shape.reset();
        int textEnd = pos;
        while (pos < length) {
            char c = sql.charAt(pos);
            int next;
            if (c == ';' && shape.semicolonEndsStatement()) {
                pos++;
                onTerminatorLine = true;
                finishStatement(start, textEnd, startPosition, leading);
                return;
            } else if (isLineBreak(c)) {
                pos++;
                if (shape.semicolonEndsStatement() && metaCommandStartsLineAt(pos)) {
                    onTerminatorLine = false;
                    addWithoutData(sql.substring(start, textEnd), startPosition, leading);
                    return;
                }
                continue;
            } else if (isWhitespace(c)) {
                pos++;
                continue;
            } else if (startsLineComment(pos)) {
                pos = PgLexer.skipLineComment(sql, pos);
                continue;
            } else if (startsBlockComment(pos)) {
                next = PgLexer.skipBlockComment(sql, pos);
                if (next == UNTERMINATED) {
                    fail("unterminated /* comment: comments nest in PostgreSQL, so every /* needs its own */", pos);
                    return;
                }
                pos = next;
                continue;
            } else if (c == '\'') {
                next = PgLexer.skipQuoted(sql, pos, '\'');
                if (next == UNTERMINATED) {
                    fail("unterminated quoted string: the ' opened here is never closed", pos);
                    return;
                }
            } else if (c == '"') {
                next = PgLexer.skipQuoted(sql, pos, '"');
                if (next == UNTERMINATED) {
                    fail("unterminated quoted identifier: the \" opened here is never closed", pos);
                    return;
                }
            } else if (c == '$') {
                next = skipDollar(pos);
                if (next == UNTERMINATED) {
                    return;
                }
            } else if (isIdentifierStart(c)) {
                next = readWord(pos);
                if (next == UNTERMINATED) {
                    return;
                }
            } else {
                if (c == '(') {
                    shape.onOpenParen(pos);
                } else if (c == ')') {
                    shape.onCloseParen();
                }
                next = pos + 1;
            }
            pos = next;
            textEnd = next;
        }
        finishAtEndOfScript(start, textEnd, startPosition, leading);
    }

    private void finishAtEndOfScript(int start, int textEnd, SourcePosition startPosition, String leading) {
        int paren = shape.unclosedParen();
        int begin = shape.unclosedBegin();
        if (paren >= 0) {
            fail("unclosed parenthesis: the ( opened here is never closed, so every ; after it is part of this statement",
                    paren);
        } else if (begin >= 0) {
            fail("the BEGIN of this CREATE FUNCTION/PROCEDURE body has no matching END, so every ; after it is part of"
                    + " the statement", begin);
        } else {
            addWithoutData(sql.substring(start, textEnd), startPosition, leading);
        }
    }

    /** A statement not ended by a semicolon: a COPY FROM STDIN there gets no rows, as in psql. */
    private void addWithoutData(String text, SourcePosition startPosition, String leading) {
        boolean copy = shape.isCopyFromStdin();
        statements.add(new SqlStatement(text, startPosition,
                copy ? SqlStatement.Kind.COPY_FROM_STDIN : SqlStatement.Kind.SQL, leading, copy ? "" : null));
    }

    private void finishStatement(int start, int textEnd, SourcePosition startPosition, String leading) {
        String text = sql.substring(start, textEnd);
        if (!shape.isCopyFromStdin()) {
            statements.add(new SqlStatement(text, startPosition, SqlStatement.Kind.SQL, leading, null));
            return;
        }
        String data = readCopyData(startPosition);
        if (data != null) {
            statements.add(new SqlStatement(text, startPosition, SqlStatement.Kind.COPY_FROM_STDIN, leading, data));
        }
    }

    /** A word, and the string or identifier it prefixes: {@code E'...'}, {@code U&'...'}, {@code U&"..."}. */
    private int readWord(int start) {
        int end = PgLexer.skipWord(sql, start);
        shape.onWord(sql, start, end);
        if (end - start != 1 || end >= length) {
            return end;
        }
        char prefix = sql.charAt(start);
        char following = sql.charAt(end);
        if ((prefix == 'e' || prefix == 'E') && following == '\'') {
            int next = PgLexer.skipEscapeString(sql, end);
            return next == UNTERMINATED
                    ? failed("unterminated escape string: the E' opened here is never closed (a backslash escapes"
                    + " the next character, so \\' does not close it)", start)
                    : next;
        }
        if ((prefix == 'u' || prefix == 'U') && following == '&' && end + 1 < length) {
            char quote = sql.charAt(end + 1);
            if (quote == '\'' || quote == '"') {
                int next = PgLexer.skipQuoted(sql, end + 1, quote);
                return next == UNTERMINATED
                        ? failed("unterminated Unicode " + (quote == '"' ? "identifier" : "string")
                        + ": the U&" + quote + " opened here is never closed", start)
                        : next;
            }
        }
        return end;
    }

    /** A dollar quote, a parameter such as {@code $1}, or a lone {@code $}. */
    private int skipDollar(int dollar) {
        int bodyStart = PgLexer.dollarQuoteOpeningEnd(sql, dollar);
        if (bodyStart == UNTERMINATED) {
            int i = dollar + 1;
            while (i < length && sql.charAt(i) >= '0' && sql.charAt(i) <= '9') {
                i++;
            }
            return i;
        }
        int end = PgLexer.skipDollarBody(sql, dollar, bodyStart);
        if (end == UNTERMINATED) {
            String tag = sql.substring(dollar, bodyStart);
            if (tag.length() > MAX_TAG_IN_MESSAGE) {
                tag = tag.substring(0, MAX_TAG_IN_MESSAGE) + "...";
            }
            return failed("unterminated dollar-quoted string: no closing " + tag + " for the one opened here", dollar);
        }
        return end;
    }

    private void readMetaCommand() {
        int start = pos;
        SourcePosition startPosition = positions.at(start);
        String leading = leadingComments();
        int lineEnd = PgLexer.lineEnd(sql, pos);
        int textEnd = lineEnd;
        while (textEnd > start && isWhitespace(sql.charAt(textEnd - 1))) {
            textEnd--;
        }
        String text = sql.substring(start, textEnd);
        pos = lineEnd;
        onTerminatorLine = true;
        String data = null;
        if (MetaCommands.isCopyFromStdin(text)) {
            data = readCopyData(startPosition);
            if (data == null) {
                return;
            }
        }
        statements.add(new SqlStatement(text, startPosition, SqlStatement.Kind.PSQL_META, leading, data));
    }

    /**
     * Reads the data block that follows COPY ... FROM STDIN: from the next line up to a line holding only
     * {@code \.}. Returns null after recording an error when the block is never closed.
     */
    private String readCopyData(SourcePosition copyStart) {
        int i = pos;
        while (i < length && isWhitespace(sql.charAt(i)) && !isLineBreak(sql.charAt(i))) {
            i++;
        }
        if (startsLineComment(i)) {
            i = PgLexer.skipLineComment(sql, i);
        }
        if (i < length && !isLineBreak(sql.charAt(i))) {
            failed("text after COPY ... FROM stdin; on the same line: its data must start on the next line", i);
            return null;
        }
        if (i < length) {
            i += sql.charAt(i) == '\r' && i + 1 < length && sql.charAt(i + 1) == '\n' ? 2 : 1;
        }
        int dataStart = i;
        int lineStart = dataStart;
        while (lineStart < length) {
            if (isEndOfDataLine(lineStart)) {
                pos = lineStart + 2;
                onTerminatorLine = true;
                return sql.substring(dataStart, lineStart);
            }
            int newline = sql.indexOf('\n', lineStart);
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        error = new SplitError("COPY ... FROM stdin has no end-of-data line \\. after its data, so everything after"
                + " it would be read as rows", copyStart);
        return null;
    }

    private boolean isEndOfDataLine(int lineStart) {
        if (lineStart + 1 >= length || sql.charAt(lineStart) != '\\' || sql.charAt(lineStart + 1) != '.') {
            return false;
        }
        int after = lineStart + 2;
        return after == length || sql.charAt(after) == '\n'
                || (sql.charAt(after) == '\r' && (after + 1 == length || sql.charAt(after + 1) == '\n'));
    }

    /** psql runs a backslash command wherever it starts a line, even in the middle of a statement. */
    private boolean metaCommandStartsLineAt(int lineStart) {
        int i = lineStart;
        while (i < length && (sql.charAt(i) == ' ' || sql.charAt(i) == '\t')) {
            i++;
        }
        return i < length && sql.charAt(i) == '\\';
    }

    private boolean startsLineComment(int i) {
        return i + 1 < length && sql.charAt(i) == '-' && sql.charAt(i + 1) == '-';
    }

    private boolean startsBlockComment(int i) {
        return i + 1 < length && sql.charAt(i) == '/' && sql.charAt(i + 1) == '*';
    }

    private boolean fail(String message, int offset) {
        error = new SplitError(message, positions.at(offset));
        return false;
    }

    private int failed(String message, int offset) {
        fail(message, offset);
        return UNTERMINATED;
    }
}
