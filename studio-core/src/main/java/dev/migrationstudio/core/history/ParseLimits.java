package dev.migrationstudio.core.history;

import dev.migrationstudio.core.sql.parse.ParsedStatement;
import dev.migrationstudio.core.sql.parse.StatementParser;
import java.util.Locale;

/**
 * Bounds on what one statement may cost the parser. A statement past them (a multi-megabyte INSERT of seed data,
 * an expression nested thousands deep) becomes an {@link ParsedStatement.Opaque} whose reason starts with
 * {@link #REASON_PREFIX}, so reports can name it; the rest of the script is parsed as usual.
 */
public final class ParseLimits {
    /** 1 MiB of text: far above any DDL statement, and parsed in well under a second. */
    public static final int MAX_STATEMENT_CHARS = 1 << 20;
    public static final String REASON_PREFIX = "parse limit: ";

    private ParseLimits() {
    }

    static ParsedStatement parse(StatementParser parser, String statement) {
        if (statement.length() > MAX_STATEMENT_CHARS) {
            return new ParsedStatement.Opaque(REASON_PREFIX + String.format(Locale.ROOT, "the statement is %.1f MB,"
                    + " above the %d MB this parser reads; kept as text", statement.length() / (double) (1 << 20),
                    MAX_STATEMENT_CHARS >> 20));
        }
        try {
            return parser.parse(statement);
        } catch (StackOverflowError e) {
            return new ParsedStatement.Opaque(REASON_PREFIX + "the statement is nested too deeply to parse; kept as text");
        }
    }

    public static boolean exceeded(ParsedStatement statement) {
        return statement instanceof ParsedStatement.Opaque opaque && opaque.reason().startsWith(REASON_PREFIX);
    }
}
