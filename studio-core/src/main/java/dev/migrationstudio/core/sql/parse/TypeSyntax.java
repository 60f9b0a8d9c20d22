package dev.migrationstudio.core.sql.parse;

import java.util.Set;

/** Reads a type name as Postgres' grammar allows it, including multi-word types, modifiers and array bounds. */
final class TypeSyntax {
    private static final Set<String> INTERVAL_FIELDS = Set.of("year", "month", "day", "hour", "minute", "second");

    private TypeSyntax() {
    }

    /** Consumes a type and returns its source text. */
    static String read(TokenCursor cursor) {
        int start = cursor.mark();
        String first = cursor.peekWord();
        cursor.qualifiedName();
        switch (first) {
            case "double" -> cursor.accept("precision");
            case "character", "char", "nchar" -> cursor.accept("varying");
            case "national" -> {
                if (!cursor.accept("character", "varying") && !cursor.accept("char", "varying")) {
                    if (!cursor.accept("character")) {
                        cursor.accept("char");
                    }
                }
            }
            case "bit" -> cursor.accept("varying");
            default -> {
            }
        }
        if (cursor.isPunctuation("(")) {
            cursor.parenthesized();
        }
        if (first.equals("timestamp") || first.equals("time")) {
            if (!cursor.accept("with", "time", "zone")) {
                cursor.accept("without", "time", "zone");
            }
        } else if (first.equals("interval")) {
            while (INTERVAL_FIELDS.contains(cursor.peekWord()) || cursor.isWords("to")) {
                cursor.next();
            }
            if (cursor.isPunctuation("(")) {
                cursor.parenthesized();
            }
        }
        readArrayBounds(cursor);
        return cursor.textBetween(start, cursor.mark());
    }

    private static void readArrayBounds(TokenCursor cursor) {
        if (cursor.accept("array")) {
            if (cursor.acceptPunctuation("[")) {
                skipUntilCloseBracket(cursor);
            }
            return;
        }
        while (cursor.acceptPunctuation("[")) {
            skipUntilCloseBracket(cursor);
        }
    }

    private static void skipUntilCloseBracket(TokenCursor cursor) {
        while (!cursor.acceptPunctuation("]")) {
            if (cursor.peek().type() == Token.Type.END) {
                throw cursor.failure("unclosed '['");
            }
            cursor.next();
        }
    }
}
