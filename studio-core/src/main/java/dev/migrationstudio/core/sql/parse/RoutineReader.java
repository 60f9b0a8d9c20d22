package dev.migrationstudio.core.sql.parse;

import dev.migrationstudio.core.sql.parse.ParsedStatement.AlterFunction;
import dev.migrationstudio.core.sql.parse.ParsedStatement.CreateFunction;
import dev.migrationstudio.core.sql.parse.ParsedStatement.DoBlock;
import dev.migrationstudio.core.sql.parse.ParsedStatement.RoutineArgument;
import dev.migrationstudio.core.sql.parse.ParsedStatement.RoutineReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** CREATE/ALTER FUNCTION and PROCEDURE, routine references of DROP and GRANT, DO blocks. Bodies stay text. */
final class RoutineReader {
    private static final Set<String> MODES = Set.of("in", "out", "inout", "variadic");
    private static final Set<String> VOLATILITIES = Set.of("immutable", "stable", "volatile");
    /** First words of multi-word types, whose second word must not be mistaken for the type of a named argument. */
    private static final Set<String> TYPE_CONTINUATIONS = Set.of("precision", "varying", "with", "without",
            "character", "char", "year", "month", "day", "hour", "minute", "second");
    private static final Set<String> DEFAULT_STOP = Set.of();

    private RoutineReader() {
    }

    /** After {@code CREATE [OR REPLACE]}, at {@code FUNCTION} or {@code PROCEDURE}. */
    static CreateFunction createFunction(TokenCursor cursor, boolean orReplace) {
        boolean procedure = cursor.next().value().equals("procedure");
        QualifiedName name = cursor.qualifiedName();
        List<RoutineArgument> arguments = arguments(cursor);
        String returns = null;
        String language = null;
        String volatility = "VOLATILE";
        boolean securityDefiner = false;
        boolean strict = false;
        Map<String, String> config = new LinkedHashMap<>();
        String body = null;
        while (!cursor.atEnd()) {
            if (cursor.accept("returns")) {
                returns = returnType(cursor);
            } else if (cursor.accept("language")) {
                language = cursor.literal().toLowerCase(Locale.ROOT);
            } else if (VOLATILITIES.contains(cursor.peekWord())) {
                volatility = cursor.next().value().toUpperCase(Locale.ROOT);
            } else if (cursor.accept("security", "definer") || cursor.accept("external", "security", "definer")) {
                securityDefiner = true;
            } else if (cursor.accept("security", "invoker") || cursor.accept("external", "security", "invoker")) {
                securityDefiner = false;
            } else if (cursor.accept("strict") || cursor.accept("returns", "null", "on", "null", "input")) {
                strict = true;
            } else if (cursor.accept("called", "on", "null", "input")) {
                strict = false;
            } else if (cursor.accept("set")) {
                setting(cursor, config);
            } else if (cursor.accept("as")) {
                body = bodyStrings(cursor);
            } else if (cursor.isWords("begin", "atomic") || cursor.isWords("return")) {
                body = cursor.rest();
            } else if (!skipIgnoredOption(cursor)) {
                throw cursor.failure("unexpected function option");
            }
        }
        return new CreateFunction(name, orReplace, procedure, arguments, returns, language, volatility,
                securityDefiner, strict, config, body);
    }

    /** WINDOW, LEAKPROOF, PARALLEL, COST, ROWS, SUPPORT, TRANSFORM: consumed and ignored. */
    private static boolean skipIgnoredOption(TokenCursor cursor) {
        if (cursor.accept("window") || cursor.accept("leakproof") || cursor.accept("not", "leakproof")) {
            return true;
        }
        if (cursor.accept("parallel") || cursor.accept("cost") || cursor.accept("rows")) {
            cursor.next();
            return true;
        }
        if (cursor.accept("support")) {
            cursor.qualifiedName();
            return true;
        }
        if (cursor.accept("transform")) {
            do {
                cursor.expect("for", "type");
                TypeSyntax.read(cursor);
            } while (cursor.acceptPunctuation(","));
            return true;
        }
        return false;
    }

    private static String returnType(TokenCursor cursor) {
        int start = cursor.mark();
        if (cursor.accept("table")) {
            cursor.parenthesized();
        } else {
            cursor.accept("setof");
            TypeSyntax.read(cursor);
        }
        return cursor.textBetween(start, cursor.mark());
    }

    /** {@code AS 'body'} or {@code AS 'obj_file', 'link_symbol'}. */
    private static String bodyStrings(TokenCursor cursor) {
        List<String> parts = new ArrayList<>();
        do {
            Token token = cursor.next();
            if (token.type() != Token.Type.STRING) {
                throw cursor.failure("expected the function body as a string");
            }
            parts.add(token.value());
        } while (cursor.acceptPunctuation(","));
        return String.join(", ", parts);
    }

    /**
     * {@code name {TO|=} value [, value ...]} or {@code name FROM CURRENT}, stored the way {@code proconfig}
     * shows it: list values joined with ", ", an empty string as {@code ""}.
     */
    private static void setting(TokenCursor cursor, Map<String, String> config) {
        String name = String.join(".", cursor.dottedName());
        if (cursor.accept("from", "current")) {
            config.put(name, "FROM CURRENT");
            return;
        }
        if (!cursor.accept("to")) {
            if (!cursor.acceptOperator("=")) {
                throw cursor.failure("expected TO or =");
            }
        }
        List<String> values = new ArrayList<>();
        do {
            Token token = cursor.peek();
            String value = cursor.literal();
            values.add(token.type() == Token.Type.STRING && value.isEmpty() ? "\"\"" : value);
        } while (cursor.acceptPunctuation(","));
        config.put(name, String.join(", ", values));
    }

    /** {@code ( [mode] [name] type [DEFAULT expr], ... )}. */
    static List<RoutineArgument> arguments(TokenCursor cursor) {
        cursor.expectPunctuation("(");
        List<RoutineArgument> arguments = new ArrayList<>();
        if (cursor.acceptPunctuation(")")) {
            return arguments;
        }
        do {
            arguments.add(argument(cursor));
        } while (cursor.acceptPunctuation(","));
        cursor.expectPunctuation(")");
        return arguments;
    }

    private static RoutineArgument argument(TokenCursor cursor) {
        String mode = "IN";
        if (MODES.contains(cursor.peekWord()) && startsNameOrType(cursor.peek(1))) {
            mode = cursor.next().value().toUpperCase(Locale.ROOT);
        }
        String name = null;
        if (startsNameOrType(cursor.peek(1)) && !TYPE_CONTINUATIONS.contains(cursor.peek(1).value())
                && !cursor.peek(1).isWord("default")) {
            name = cursor.identifier();
        }
        String type = TypeSyntax.read(cursor);
        String defaultExpression = null;
        if (cursor.accept("default") || cursor.acceptOperator("=")) {
            defaultExpression = cursor.expression(DEFAULT_STOP);
        }
        return new RoutineArgument(mode, name, type, defaultExpression);
    }

    private static boolean startsNameOrType(Token token) {
        return token.isIdentifier();
    }

    /** {@code name [( args )] [, ...]} as DROP FUNCTION and GRANT ON FUNCTION write them. */
    static List<RoutineReference> routineReferences(TokenCursor cursor) {
        List<RoutineReference> references = new ArrayList<>();
        do {
            references.add(routineReference(cursor));
        } while (cursor.acceptPunctuation(","));
        return references;
    }

    static RoutineReference routineReference(TokenCursor cursor) {
        QualifiedName name = cursor.qualifiedName();
        if (!cursor.isPunctuation("(")) {
            return new RoutineReference(name, null);
        }
        List<String> types = arguments(cursor).stream()
                .filter(argument -> !argument.mode().equals("OUT"))
                .map(RoutineArgument::type)
                .toList();
        return new RoutineReference(name, types);
    }

    /** After {@code ALTER}, at {@code FUNCTION}, {@code PROCEDURE} or {@code ROUTINE}. */
    static AlterFunction alterFunction(TokenCursor cursor) {
        boolean procedure = cursor.next().value().equals("procedure");
        RoutineReference routine = routineReference(cursor);
        Boolean securityDefiner = null;
        String volatility = null;
        Map<String, String> setConfig = new LinkedHashMap<>();
        List<String> resetConfig = new ArrayList<>();
        String owner = null;
        String newName = null;
        String newSchema = null;
        while (!cursor.atEnd()) {
            if (cursor.accept("rename", "to")) {
                newName = cursor.identifier();
            } else if (cursor.accept("owner", "to")) {
                owner = cursor.identifier();
            } else if (cursor.accept("set", "schema")) {
                newSchema = cursor.identifier();
            } else if (cursor.accept("security", "definer") || cursor.accept("external", "security", "definer")) {
                securityDefiner = true;
            } else if (cursor.accept("security", "invoker") || cursor.accept("external", "security", "invoker")) {
                securityDefiner = false;
            } else if (VOLATILITIES.contains(cursor.peekWord())) {
                volatility = cursor.next().value().toUpperCase(Locale.ROOT);
            } else if (cursor.accept("set")) {
                setting(cursor, setConfig);
            } else if (cursor.accept("reset")) {
                resetConfig.add(cursor.accept("all") ? "ALL" : String.join(".", cursor.dottedName()));
            } else if (cursor.accept("strict") || cursor.accept("called", "on", "null", "input")
                    || cursor.accept("returns", "null", "on", "null", "input") || cursor.accept("restrict")
                    || skipIgnoredOption(cursor)) {
                continue;
            } else {
                // DEPENDS ON EXTENSION and other rare forms carry nothing the model needs.
                cursor.next();
            }
        }
        return new AlterFunction(routine, procedure, securityDefiner, volatility, setConfig, resetConfig, owner,
                newName, newSchema);
    }

    /** After {@code DO}. */
    static DoBlock doBlock(TokenCursor cursor) {
        String language = "plpgsql";
        String body = null;
        while (!cursor.atEnd()) {
            if (cursor.accept("language")) {
                language = cursor.literal().toLowerCase(Locale.ROOT);
            } else if (cursor.peek().type() == Token.Type.STRING) {
                body = cursor.next().value();
            } else {
                throw cursor.failure("expected the DO body");
            }
        }
        return new DoBlock(language, body);
    }
}
