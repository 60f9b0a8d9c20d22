package dev.migrationstudio.core.sql.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A position in the tokens of one statement, with the small vocabulary the readers are written in. */
final class TokenCursor {
    private final String sql;
    private final List<Token> tokens;
    private int index;

    TokenCursor(String sql) {
        this.sql = sql;
        this.tokens = SqlTokenizer.tokenize(sql);
    }

    String sql() {
        return sql;
    }

    Token peek() {
        return tokens.get(index);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    Token next() {
        Token token = tokens.get(index);
        if (token.type() != Token.Type.END) {
            index++;
        }
        return token;
    }

    boolean atEnd() {
        return peek().type() == Token.Type.END || (peek().isPunctuation(";") && peek(1).type() == Token.Type.END);
    }

    int mark() {
        return index;
    }

    void reset(int mark) {
        index = mark;
    }

    /** True when the next tokens are exactly these words. */
    boolean isWords(String... words) {
        for (int i = 0; i < words.length; i++) {
            if (!peek(i).isWord(words[i])) {
                return false;
            }
        }
        return true;
    }

    /** Consumes the words when they are next, as a whole sequence. */
    boolean accept(String... words) {
        if (!isWords(words)) {
            return false;
        }
        index += words.length;
        return true;
    }

    void expect(String... words) {
        if (!accept(words)) {
            throw failure("expected " + String.join(" ", words).toUpperCase());
        }
    }

    boolean isPunctuation(String symbol) {
        return peek().isPunctuation(symbol);
    }

    boolean acceptPunctuation(String symbol) {
        if (isPunctuation(symbol)) {
            index++;
            return true;
        }
        return false;
    }

    void expectPunctuation(String symbol) {
        if (!acceptPunctuation(symbol)) {
            throw failure("expected '" + symbol + "'");
        }
    }

    boolean acceptOperator(String operator) {
        if (peek().type() == Token.Type.OPERATOR && peek().value().equals(operator)) {
            index++;
            return true;
        }
        return false;
    }

    /** The next word, lower case, without consuming it; empty when the next token is no word. */
    String peekWord() {
        return peek().type() == Token.Type.WORD ? peek().value() : "";
    }

    String identifier() {
        Token token = peek();
        if (!token.isIdentifier()) {
            throw failure("expected a name");
        }
        index++;
        return token.value();
    }

    QualifiedName qualifiedName() {
        String first = identifier();
        if (!isPunctuation(".")) {
            return QualifiedName.of(first);
        }
        index++;
        String second = identifier();
        if (acceptPunctuation(".")) {
            // database.schema.name: the database part is irrelevant to one schema model.
            return new QualifiedName(second, identifier());
        }
        return new QualifiedName(first, second);
    }

    /** {@code a.b.c} as its parts, for names whose last part is a member (a column). */
    List<String> dottedName() {
        List<String> parts = new ArrayList<>();
        do {
            parts.add(identifier());
        } while (acceptPunctuation("."));
        return parts;
    }

    /** An optionally signed integer. */
    long signedNumber() {
        boolean negative = acceptOperator("-");
        Token token = next();
        if (token.type() != Token.Type.NUMBER) {
            throw failure("expected a number");
        }
        try {
            long value = Long.parseLong(token.value().replace("_", ""));
            return negative ? -value : value;
        } catch (NumberFormatException e) {
            throw failure("expected an integer");
        }
    }

    List<QualifiedName> qualifiedNames() {
        List<QualifiedName> names = new ArrayList<>();
        do {
            names.add(qualifiedName());
        } while (acceptPunctuation(","));
        return names;
    }

    List<String> identifiers() {
        List<String> names = new ArrayList<>();
        do {
            names.add(identifier());
        } while (acceptPunctuation(","));
        return names;
    }

    /** {@code ( a, b )} as a list of names. */
    List<String> parenthesizedIdentifiers() {
        expectPunctuation("(");
        List<String> names = identifiers();
        expectPunctuation(")");
        return names;
    }

    /** A string literal's content, or a word (for {@code SET x = on}), or a number. */
    String literal() {
        Token token = next();
        return switch (token.type()) {
            case STRING, WORD, QUOTED_IDENTIFIER, NUMBER -> token.value();
            default -> throw failure("expected a value");
        };
    }

    /**
     * The source text of an expression up to (not including) a top-level comma, closing parenthesis, semicolon or
     * one of the stop words (never the first token: an expression is not empty). Parentheses and brackets nest; CASE ... END nests, so its WHEN/THEN are not stops.
     */
    String expression(Set<String> stopWords) {
        int startIndex = index;
        int depth = 0;
        int caseDepth = 0;
        while (peek().type() != Token.Type.END) {
            Token token = peek();
            if (token.isPunctuation("(") || token.isPunctuation("[")) {
                depth++;
            } else if (token.isPunctuation(")") || token.isPunctuation("]")) {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (depth == 0 && (token.isPunctuation(",") || token.isPunctuation(";"))) {
                break;
            } else if (token.isWord("case")) {
                caseDepth++;
            } else if (token.isWord("end") && caseDepth > 0) {
                caseDepth--;
            } else if (depth == 0 && caseDepth == 0 && index > startIndex && token.type() == Token.Type.WORD
                    && stopWords.contains(token.value())) {
                break;
            }
            index++;
        }
        if (index == startIndex) {
            throw failure("expected an expression");
        }
        return textBetween(startIndex, index);
    }

    /** The inner source text of a balanced parenthesized group, consuming it. */
    String parenthesized() {
        expectPunctuation("(");
        int startIndex = index;
        skipBalancedUntilClose();
        String inner = textBetween(startIndex, index);
        expectPunctuation(")");
        return inner;
    }

    private void skipBalancedUntilClose() {
        int depth = 0;
        while (peek().type() != Token.Type.END) {
            if (isPunctuation("(") || isPunctuation("[")) {
                depth++;
            } else if (isPunctuation(")") || isPunctuation("]")) {
                if (depth == 0) {
                    return;
                }
                depth--;
            }
            index++;
        }
    }

    /** The source text from the current token to the end of the statement, consuming it. */
    String rest() {
        int startIndex = index;
        while (!atEnd()) {
            index++;
        }
        return startIndex == index ? "" : textBetween(startIndex, index);
    }

    /** Source text of tokens [from, to). */
    String textBetween(int fromIndex, int toIndex) {
        if (toIndex <= fromIndex) {
            return "";
        }
        return sql.substring(tokens.get(fromIndex).start(), tokens.get(toIndex - 1).end());
    }

    void expectEnd() {
        if (!atEnd()) {
            throw failure("unexpected text");
        }
    }

    ParseFailure failure(String problem) {
        Token token = peek();
        String near = token.type() == Token.Type.END ? "end of statement"
                : "'" + sql.substring(token.start(), Math.min(token.end(), token.start() + 40)) + "'";
        return new ParseFailure(problem + " near " + near);
    }
}
