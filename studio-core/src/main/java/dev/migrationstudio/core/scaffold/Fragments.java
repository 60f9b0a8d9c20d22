package dev.migrationstudio.core.scaffold;

import dev.migrationstudio.core.sql.parse.SqlFragments;
import dev.migrationstudio.core.sql.parse.StatementParser;
import java.util.Optional;

/** The SQL fragments a person gives, checked so they stay in their place (see {@link SqlFragments}). */
final class Fragments {
    private static final StatementParser PARSER = new StatementParser();

    private Fragments() {
    }

    /** The expression in parentheses, ready to place after {@code DEFAULT}, {@code USING}, {@code CHECK}. */
    static String expression(String setting, String expression) throws ScaffoldException {
        return "(" + checked(setting, expression, SqlFragments.expressionProblem(expression)).strip() + ")";
    }

    static String type(String setting, String type) throws ScaffoldException {
        return checked(setting, type, SqlFragments.typeProblem(type)).strip();
    }

    static String query(String setting, String query) throws ScaffoldException {
        return checked(setting, query, SqlFragments.queryProblem(query, PARSER)).strip();
    }

    private static String checked(String setting, String value, Optional<String> problem) throws ScaffoldException {
        if (problem.isPresent()) {
            throw new ScaffoldException(setting + " cannot be used: " + problem.get()
                    + (value == null ? "" : " (got: " + value + ")"));
        }
        return value;
    }
}
