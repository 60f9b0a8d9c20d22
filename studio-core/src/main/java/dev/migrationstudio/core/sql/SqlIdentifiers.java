package dev.migrationstudio.core.sql;

import java.util.List;

/**
 * Writes PostgreSQL identifiers the way {@code quote_ident()} does: bare when the name is lower-case simple
 * ({@code [a-z_][a-z0-9_]*}) and not a keyword that needs quoting, otherwise in double quotes with embedded
 * double quotes doubled. A bare name is case-folded by Postgres, so {@code Users} must be quoted to keep its case.
 */
public final class SqlIdentifiers {
    private SqlIdentifiers() {
    }

    /**
     * @throws IllegalArgumentException for a null or empty name, or one containing a NUL character: Postgres
     *                                  accepts neither as an identifier
     */
    public static String quote(String identifier) {
        if (identifier == null || identifier.isEmpty()) {
            throw new IllegalArgumentException("An SQL identifier must not be empty (got "
                    + (identifier == null ? "null" : "\"\"") + ")");
        }
        if (identifier.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("An SQL identifier must not contain a NUL character: "
                    + identifier.replace("\0", "\\0"));
        }
        return needsQuotes(identifier) ? '"' + identifier.replace("\"", "\"\"") + '"' : identifier;
    }

    /** {@code schema.name}, each part quoted as needed. */
    public static String qualified(String schema, String name) {
        return quote(schema) + "." + quote(name);
    }

    /** A routine as {@code ALTER FUNCTION} and {@code GRANT} name it: {@code public.f(uuid, text)}. */
    public static String routine(String schema, String name, List<String> argumentTypes) {
        return qualified(schema, name) + "(" + String.join(", ", argumentTypes) + ")";
    }

    public static boolean needsQuotes(String identifier) {
        return !isLowerCaseSimple(identifier) || PostgresKeywords.NEEDING_QUOTES.contains(identifier);
    }

    private static boolean isLowerCaseSimple(String identifier) {
        char first = identifier.charAt(0);
        if (!(first >= 'a' && first <= 'z') && first != '_') {
            return false;
        }
        for (int i = 1; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '_') {
                return false;
            }
        }
        return true;
    }
}
