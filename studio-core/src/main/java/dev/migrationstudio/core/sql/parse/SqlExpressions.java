package dev.migrationstudio.core.sql.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Token-level facts about expression source text, for the replayer's Postgres-like printing and naming. */
public final class SqlExpressions {
    /** SQL value functions Postgres prints in upper case. */
    private static final Set<String> UPPER_CASE_WORDS = Set.of("current_timestamp", "current_date", "current_time",
            "localtimestamp", "localtime", "current_user", "session_user", "current_role", "current_catalog",
            "current_schema");

    private static final TextMemo<String> NORMALIZED = new TextMemo<>(SqlExpressions::normalizeText);
    private static final TextMemo<String> STRING_LITERALS = new TextMemo<>(SqlExpressions::stringLiteralText);
    private static final TextMemo<List<String>> REFERENCED_NAMES = new TextMemo<>(SqlExpressions::referencedNamesText);
    private static final TextMemo<String> LEADING_FUNCTIONS = new TextMemo<>(SqlExpressions::leadingFunctionNameText);

    private SqlExpressions() {
    }

    /**
     * The expression with comments dropped, whitespace collapsed, unquoted words in lower case (SQL value
     * functions such as CURRENT_TIMESTAMP in upper case), and casts written {@code x::type} with no spaces.
     */
    public static String normalize(String expression) {
        return NORMALIZED.apply(expression);
    }

    private static String normalizeText(String expression) {
        List<Token> tokens = SqlTokenizer.tokenize(expression);
        StringBuilder out = new StringBuilder();
        Token previous = null;
        for (Token token : tokens) {
            if (token.type() == Token.Type.END) {
                break;
            }
            if (previous != null && spaceBetween(previous, token)) {
                out.append(' ');
            }
            out.append(print(expression, token));
            previous = token;
        }
        return out.toString();
    }

    private static String print(String source, Token token) {
        if (token.type() == Token.Type.WORD) {
            return UPPER_CASE_WORDS.contains(token.value()) ? token.value().toUpperCase() : token.value();
        }
        return source.substring(token.start(), token.end());
    }

    private static boolean spaceBetween(Token previous, Token next) {
        if (previous.isPunctuation("(") || previous.isPunctuation("[") || previous.isPunctuation(".")
                || isCast(previous)) {
            return false;
        }
        if (next.isPunctuation(")") || next.isPunctuation("]") || next.isPunctuation(",")
                || next.isPunctuation(".") || isCast(next) || next.isPunctuation("[")) {
            return false;
        }
        return !(next.isPunctuation("(") && (previous.type() == Token.Type.WORD
                || previous.type() == Token.Type.QUOTED_IDENTIFIER));
    }

    private static boolean isCast(Token token) {
        return token.type() == Token.Type.OPERATOR && token.value().equals("::");
    }

    /** The content of the expression when it is exactly one quoted string literal ({@code 'x'}), else null. */
    public static String stringLiteral(String expression) {
        return STRING_LITERALS.apply(expression);
    }

    private static String stringLiteralText(String expression) {
        List<Token> tokens = SqlTokenizer.tokenize(expression);
        return tokens.size() == 2 && tokens.get(0).type() == Token.Type.STRING ? tokens.get(0).value() : null;
    }

    /** Column-like names the expression mentions: identifiers that are not called, cast to, or qualified parts. */
    public static List<String> referencedNames(String expression) {
        return REFERENCED_NAMES.apply(expression);
    }

    private static List<String> referencedNamesText(String expression) {
        List<Token> tokens = SqlTokenizer.tokenize(expression);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!token.isIdentifier()) {
                continue;
            }
            boolean called = tokens.get(i + 1).isPunctuation("(");
            boolean castTarget = i > 0 && isCast(tokens.get(i - 1));
            boolean qualifier = tokens.get(i + 1).isPunctuation(".");
            if (!called && !castTarget && !qualifier) {
                names.add(token.value());
            }
        }
        return List.copyOf(names);
    }

    /** The called function's name when the expression starts with a call ({@code lower(email)}), else null. */
    public static String leadingFunctionName(String expression) {
        return LEADING_FUNCTIONS.apply(expression);
    }

    private static String leadingFunctionNameText(String expression) {
        List<Token> tokens = SqlTokenizer.tokenize(expression);
        int i = 0;
        while (tokens.get(i).isPunctuation("(")) {
            i++;
        }
        if (tokens.get(i).isIdentifier() && tokens.get(i + 1).isPunctuation(".") && tokens.get(i + 2).isIdentifier()) {
            i += 2;
        }
        return tokens.get(i).isIdentifier() && tokens.get(i + 1).isPunctuation("(") ? tokens.get(i).value() : null;
    }
}
