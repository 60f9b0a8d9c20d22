package dev.migrationstudio.core.sql.parse;

import dev.migrationstudio.core.sql.split.SplitResult;
import dev.migrationstudio.core.sql.split.SqlSplitter;
import java.util.List;
import java.util.Optional;

/**
 * Checks SQL fragments a person typed (a default, a policy predicate, a type, a view query) before a generator
 * places them inside a statement, so that a fragment cannot end its place and start SQL of its own.
 *
 * <p>An expression or type passes only when it is one balanced run of tokens: every quote, dollar quote and
 * parenthesis closes, parentheses never close more than they opened (so {@code "1) OR (true"} cannot leave the
 * parentheses the generator puts around it), and there is no semicolon, no comment (a {@code --} would swallow
 * the rest of the generated line) and no backslash outside a literal (psql meta-commands). Generators always put
 * the checked expression in parentheses of their own.
 */
public final class SqlFragments {
    private SqlFragments() {
    }

    /** Why {@code expression} cannot be placed as one expression, or empty when it can. */
    public static Optional<String> expressionProblem(String expression) {
        if (expression == null || expression.isBlank()) {
            return Optional.of("it is empty");
        }
        SplitResult split = SqlSplitter.split(expression);
        if (!split.ok()) {
            return Optional.of(split.error().message());
        }
        return tokenProblem(expression, SqlTokenizer.tokenize(expression));
    }

    /**
     * Why {@code type} is not a type name such as {@code text}, {@code numeric(10, 2)}, {@code varchar(20)[]},
     * {@code timestamp with time zone} or {@code setof public.users}; empty when it is one.
     */
    public static Optional<String> typeProblem(String type) {
        Optional<String> problem = expressionProblem(type);
        if (problem.isPresent()) {
            return problem;
        }
        for (Token token : SqlTokenizer.tokenize(type)) {
            boolean allowed = token.type() == Token.Type.WORD || token.type() == Token.Type.QUOTED_IDENTIFIER
                    || token.type() == Token.Type.NUMBER || token.type() == Token.Type.END
                    || token.type() == Token.Type.PUNCTUATION;
            if (!allowed) {
                return Optional.of("'" + type.substring(token.start(), token.end())
                        + "' has no place in a type name");
            }
        }
        return Optional.empty();
    }

    /** Why {@code query} is not one query ({@code SELECT}, {@code WITH ... SELECT}, {@code VALUES}); empty when it is. */
    public static Optional<String> queryProblem(String query, StatementParser parser) {
        if (query == null || query.isBlank()) {
            return Optional.of("it is empty");
        }
        SplitResult split = SqlSplitter.split(query);
        if (!split.ok()) {
            return Optional.of(split.error().message());
        }
        if (split.statements().size() != 1) {
            return Optional.of("it holds " + split.statements().size() + " statements; give exactly one query");
        }
        Optional<String> tokens = tokenProblem(query, SqlTokenizer.tokenize(query));
        if (tokens.isPresent()) {
            return tokens;
        }
        ParsedStatement parsed = parser.parse(split.statements().get(0).text());
        boolean select = parsed instanceof ParsedStatement.Dml dml && dml.kind() == ParsedStatement.Dml.Kind.SELECT;
        return select ? Optional.empty() : Optional.of("it is not a query (SELECT, WITH ... SELECT or VALUES)");
    }

    private static Optional<String> tokenProblem(String text, List<Token> tokens) {
        int depth = 0;
        int previousEnd = 0;
        for (Token token : tokens) {
            String gap = text.substring(previousEnd, token.start());
            if (!gap.isBlank()) {
                return Optional.of("it contains '" + gap.strip() + "': comments are not allowed in a fragment");
            }
            previousEnd = token.end();
            if (token.isPunctuation(";")) {
                return Optional.of("it contains ';': give one expression, not statements");
            }
            if (token.type() == Token.Type.OPERATOR && token.value().contains("\\")) {
                return Optional.of("it contains a backslash outside a string literal");
            }
            if (token.isPunctuation("(") || token.isPunctuation("[")) {
                depth++;
            } else if (token.isPunctuation(")") || token.isPunctuation("]")) {
                depth--;
                if (depth < 0) {
                    return Optional.of("it closes a parenthesis it did not open");
                }
            }
        }
        return depth == 0 ? Optional.empty() : Optional.of("it leaves a parenthesis open");
    }
}
