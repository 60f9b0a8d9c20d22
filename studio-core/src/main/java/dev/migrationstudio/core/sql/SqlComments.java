package dev.migrationstudio.core.sql;

/**
 * Removes {@code --} and (nested) {@code /* *}{@code /} comments from SQL or PL/pgSQL text, so that textual
 * checks do not count what a comment mentions. Single-quoted strings and double-quoted identifiers are kept
 * as they are; a comment marker inside them is not a comment. Each comment becomes one space so tokens on
 * either side stay apart. Unterminated strings or comments run to the end of the text; it never fails.
 */
public final class SqlComments {
    private SqlComments() {
    }

    public static String strip(String sql) {
        if (sql == null) {
            return "";
        }
        if (!sql.contains("--") && !sql.contains("/*")) {
            return sql; // no comment marker anywhere, so none outside a string either
        }
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = quotedEnd(sql, i, c);
                out.append(sql, i, end);
                i = end;
            } else if (sql.startsWith("--", i)) {
                i = lineEnd(sql, i);
                out.append(' ');
            } else if (sql.startsWith("/*", i)) {
                i = blockCommentEnd(sql, i);
                out.append(' ');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Index just past the closing quote; a doubled quote is an escaped quote. */
    private static int quotedEnd(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    private static int lineEnd(String sql, int start) {
        int newline = sql.indexOf('\n', start);
        return newline < 0 ? sql.length() : newline;
    }

    private static int blockCommentEnd(String sql, int start) {
        int depth = 0;
        int i = start;
        while (i < sql.length()) {
            if (sql.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }
}
