package dev.migrationstudio.core.fidelity;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Loose equality for SQL expressions, because PostgreSQL prints back its own form ({@code (a > 0)} for
 * {@code a > 0}, {@code 'x'::text} for {@code 'x'}, {@code ANY (ARRAY[...])} for {@code IN (...)} is NOT undone).
 * Normalizing drops case outside quotes, whitespace, parentheses, casts to a named type and {@code public.}.
 */
final class Expressions {
    private static final Pattern CAST = Pattern.compile("::\"?[a-z_][a-z0-9_ .\"]*(\\(\\d+(,\\d+)?\\))?(\\[\\])?");
    private static final Pattern BLANKS_AND_PARENS = Pattern.compile("[\\s()]+");

    private Expressions() {
    }

    static boolean same(String parsed, String database) {
        if (parsed == null || database == null) {
            return parsed == null && database == null;
        }
        return normalize(parsed).equals(normalize(database));
    }

    static String normalize(String expression) {
        String lower = expression.toLowerCase(Locale.ROOT).replace("public.", "");
        String withoutCasts = CAST.matcher(lower).replaceAll("");
        return BLANKS_AND_PARENS.matcher(withoutCasts).replaceAll("");
    }
}
