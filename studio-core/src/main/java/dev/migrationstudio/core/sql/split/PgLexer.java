package dev.migrationstudio.core.sql.split;

/**
 * The PostgreSQL lexical elements that can hide a semicolon, following the server's scanner (scan.l) with
 * {@code standard_conforming_strings = on}. Every {@code skip} method takes the offset of the element's first
 * character and returns the offset just past it, or {@link #UNTERMINATED} when the script ends first.
 * Each runs in time linear in the length it covers.
 */
final class PgLexer {
    static final int UNTERMINATED = -1;

    private PgLexer() {
    }

    static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /** First character of an identifier or keyword; the server takes every non-ASCII byte as a letter. */
    static boolean isIdentifierStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    }

    /** Later characters of an identifier: a {@code $} there is part of the name, never a dollar quote. */
    static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || (c >= '0' && c <= '9') || c == '$';
    }

    private static boolean isDollarTagPart(char c) {
        return isIdentifierStart(c) || (c >= '0' && c <= '9');
    }

    static int skipWord(String s, int from) {
        int i = from + 1;
        while (i < s.length() && isIdentifierPart(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A string or quoted identifier closed by {@code quote}, where a doubled quote stands for itself. */
    static int skipQuoted(String s, int open, char quote) {
        int i = open + 1;
        while (true) {
            int close = s.indexOf(quote, i);
            if (close < 0) {
                return UNTERMINATED;
            }
            if (close + 1 < s.length() && s.charAt(close + 1) == quote) {
                i = close + 2;
            } else {
                return close + 1;
            }
        }
    }

    /** The body of {@code E'...'} (offset of the quote), where a backslash escapes the next character. */
    static int skipEscapeString(String s, int open) {
        int n = s.length();
        int i = open + 1;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '\'') {
                if (i + 1 < n && s.charAt(i + 1) == '\'') {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return UNTERMINATED;
    }

    /** {@code --} up to, not including, the line break. */
    static int skipLineComment(String s, int from) {
        int i = from + 2;
        while (i < s.length() && !isLineBreak(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@code /* ... *}{@code /}; these nest in PostgreSQL. */
    static int skipBlockComment(String s, int from) {
        int n = s.length();
        int depth = 1;
        int i = from + 2;
        while (i < n - 1) {
            char c = s.charAt(i);
            char next = s.charAt(i + 1);
            if (c == '*' && next == '/') {
                i += 2;
                if (--depth == 0) {
                    return i;
                }
            } else if (c == '/' && next == '*') {
                depth++;
                i += 2;
            } else {
                i++;
            }
        }
        return UNTERMINATED;
    }

    /**
     * The end of the opening delimiter {@code $tag$} or {@code $$} that starts at {@code dollar}, or
     * {@link #UNTERMINATED} when that {@code $} does not open a dollar quote (as in {@code $1}).
     */
    static int dollarQuoteOpeningEnd(String s, int dollar) {
        int n = s.length();
        int i = dollar + 1;
        if (i < n && s.charAt(i) == '$') {
            return i + 1;
        }
        if (i >= n || !isIdentifierStart(s.charAt(i))) {
            return UNTERMINATED;
        }
        do {
            i++;
        } while (i < n && isDollarTagPart(s.charAt(i)));
        return i < n && s.charAt(i) == '$' ? i + 1 : UNTERMINATED;
    }

    /**
     * Past the closing delimiter of a dollar quote whose opening delimiter is {@code s[open, bodyStart)}. Like the
     * server, a candidate {@code $...$} that is not the right tag gives its last {@code $} back as a possible start.
     */
    static int skipDollarBody(String s, int open, int bodyStart) {
        int n = s.length();
        int delimiterLength = bodyStart - open;
        int i = bodyStart;
        while (true) {
            int dollar = s.indexOf('$', i);
            if (dollar < 0) {
                return UNTERMINATED;
            }
            int j = dollar + 1;
            while (j < n && isDollarTagPart(s.charAt(j))) {
                j++;
            }
            if (j < n && s.charAt(j) == '$' && j + 1 - dollar == delimiterLength
                    && s.regionMatches(dollar, s, open, delimiterLength)) {
                return j + 1;
            }
            i = j;
        }
    }

    /** Offset of the line break that ends the line holding {@code from}, or the script's length. */
    static int lineEnd(String s, int from) {
        int i = from;
        while (i < s.length() && !isLineBreak(s.charAt(i))) {
            i++;
        }
        return i;
    }

    static boolean isKeyword(String s, int start, int end, String keyword) {
        return end - start == keyword.length() && s.regionMatches(true, start, keyword, 0, keyword.length());
    }
}
