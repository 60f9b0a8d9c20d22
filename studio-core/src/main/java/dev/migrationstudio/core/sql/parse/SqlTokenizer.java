package dev.migrationstudio.core.sql.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts one statement into tokens the way the PostgreSQL lexer does for the parts that matter to readers: quoted
 * identifiers, standard and escape strings, dollar quotes, nested block comments, line comments. Total: any
 * input gives tokens (an unterminated quote or comment runs to the end of the text), never an exception.
 */
final class SqlTokenizer {
    private static final String OPERATOR_CHARS = "+-*/<>=~!@#%^&|`?";

    private final String sql;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;

    private SqlTokenizer(String sql) {
        this.sql = sql;
    }

    static List<Token> tokenize(String sql) {
        SqlTokenizer tokenizer = new SqlTokenizer(sql);
        tokenizer.run();
        return tokenizer.tokens;
    }

    private void run() {
        int length = sql.length();
        while (pos < length) {
            char c = sql.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '-' && peek(1) == '-') {
                skipLineComment();
            } else if (c == '/' && peek(1) == '*') {
                skipBlockComment();
            } else if (c == '"') {
                quotedIdentifier(pos, pos + 1);
            } else if (c == '\'') {
                string(pos, pos + 1, false);
            } else if ((c == 'e' || c == 'E') && peek(1) == '\'') {
                string(pos, pos + 2, true);
            } else if ((c == 'u' || c == 'U') && peek(1) == '&' && peek(2) == '\'') {
                string(pos, pos + 3, false);
            } else if ((c == 'u' || c == 'U') && peek(1) == '&' && peek(2) == '"') {
                quotedIdentifier(pos, pos + 3);
            } else if (c == '$' && Character.isDigit(peek(1))) {
                int start = pos++;
                while (pos < length && Character.isDigit(sql.charAt(pos))) {
                    pos++;
                }
                add(Token.Type.PARAMETER, sql.substring(start, pos), start);
            } else if (c == '$' && dollarTagEnd(pos) > 0) {
                dollarString();
            } else if (isIdentifierStart(c)) {
                word();
            } else if (Character.isDigit(c) || (c == '.' && Character.isDigit(peek(1)))) {
                number();
            } else if ("()[],;.".indexOf(c) >= 0) {
                pos++;
                add(Token.Type.PUNCTUATION, String.valueOf(c), pos - 1);
            } else if (c == ':' && peek(1) != ':' && peek(1) != '=') {
                pos++;
                add(Token.Type.PUNCTUATION, ":", pos - 1);
            } else {
                operator();
            }
        }
        tokens.add(new Token(Token.Type.END, "", length, length));
    }

    private char peek(int ahead) {
        int at = pos + ahead;
        return at < sql.length() ? sql.charAt(at) : '\0';
    }

    private void add(Token.Type type, String value, int start) {
        tokens.add(new Token(type, value, start, pos));
    }

    private void skipLineComment() {
        while (pos < sql.length() && sql.charAt(pos) != '\n') {
            pos++;
        }
    }

    private void skipBlockComment() {
        int depth = 0;
        while (pos < sql.length()) {
            if (sql.startsWith("/*", pos)) {
                depth++;
                pos += 2;
            } else if (sql.startsWith("*/", pos)) {
                depth--;
                pos += 2;
                if (depth == 0) {
                    return;
                }
            } else {
                pos++;
            }
        }
    }

    private void quotedIdentifier(int start, int contentStart) {
        pos = contentStart;
        StringBuilder name = new StringBuilder();
        while (pos < sql.length()) {
            char c = sql.charAt(pos++);
            if (c == '"') {
                if (pos < sql.length() && sql.charAt(pos) == '"') {
                    name.append('"');
                    pos++;
                } else {
                    break;
                }
            } else {
                name.append(c);
            }
        }
        add(Token.Type.QUOTED_IDENTIFIER, name.toString(), start);
    }

    private void string(int start, int contentStart, boolean backslashEscapes) {
        pos = contentStart;
        StringBuilder content = new StringBuilder();
        while (pos < sql.length()) {
            char c = sql.charAt(pos++);
            if (backslashEscapes && c == '\\' && pos < sql.length()) {
                content.append(c).append(sql.charAt(pos++));
            } else if (c == '\'') {
                if (pos < sql.length() && sql.charAt(pos) == '\'') {
                    content.append('\'');
                    pos++;
                } else {
                    break;
                }
            } else {
                content.append(c);
            }
        }
        add(Token.Type.STRING, content.toString(), start);
    }

    /** Index just past the closing {@code $} of a dollar-quote tag starting at {@code at}, or -1. */
    private int dollarTagEnd(int at) {
        int i = at + 1;
        if (i < sql.length() && sql.charAt(i) == '$') {
            return i + 1;
        }
        if (i >= sql.length() || !isIdentifierStart(sql.charAt(i))) {
            return -1;
        }
        while (i < sql.length() && isIdentifierPart(sql.charAt(i)) && sql.charAt(i) != '$') {
            i++;
        }
        return i < sql.length() && sql.charAt(i) == '$' ? i + 1 : -1;
    }

    private void dollarString() {
        int start = pos;
        int contentStart = dollarTagEnd(pos);
        String tag = sql.substring(start, contentStart);
        int close = sql.indexOf(tag, contentStart);
        int contentEnd = close < 0 ? sql.length() : close;
        pos = close < 0 ? sql.length() : close + tag.length();
        add(Token.Type.STRING, sql.substring(contentStart, contentEnd), start);
    }

    private void word() {
        int start = pos;
        while (pos < sql.length() && isIdentifierPart(sql.charAt(pos))) {
            pos++;
        }
        add(Token.Type.WORD, sql.substring(start, pos).toLowerCase(Locale.ROOT), start);
    }

    private void number() {
        int start = pos;
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            boolean exponentSign = (c == '+' || c == '-') && pos > start
                    && (sql.charAt(pos - 1) == 'e' || sql.charAt(pos - 1) == 'E');
            if (Character.isLetterOrDigit(c) || c == '.' || c == '_' || exponentSign) {
                if (c == '.' && peek(1) == '.') {
                    break;
                }
                pos++;
            } else {
                break;
            }
        }
        add(Token.Type.NUMBER, sql.substring(start, pos), start);
    }

    private void operator() {
        int start = pos;
        if (sql.startsWith("::", pos) || sql.startsWith(":=", pos)) {
            pos += 2;
        } else {
            while (pos < sql.length() && (OPERATOR_CHARS.indexOf(sql.charAt(pos)) >= 0)
                    && !sql.startsWith("--", pos) && !sql.startsWith("/*", pos)) {
                pos++;
            }
            if (pos == start) {
                pos++;
            }
        }
        add(Token.Type.OPERATOR, sql.substring(start, pos), start);
    }

    private static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_' || c > 127;
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 127;
    }
}
