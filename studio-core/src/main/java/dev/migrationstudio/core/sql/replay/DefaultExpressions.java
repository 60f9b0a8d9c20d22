package dev.migrationstudio.core.sql.replay;

import dev.migrationstudio.core.sql.parse.SqlExpressions;
import dev.migrationstudio.core.sql.parse.TypeNames;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Column defaults printed the way {@code pg_get_expr(adbin)} shows the common cases: a bare string literal gets
 * the column type as a cast ({@code 'active'::text}, {@code 'x'::character varying}), a negative integer is
 * quoted and cast, {@code DEFAULT NULL} is no default. Other expressions are normalized source text, which may
 * still differ from the server's deparse in parentheses and implicit casts. Sequences are schema-qualified, as the
 * server prints them under an empty search path.
 */
final class DefaultExpressions {
    /** {@code nextval('seq')} with or without a cast: the server stores the argument as a regclass constant. */
    private static final Pattern NEXTVAL = Pattern.compile("nextval\\('([^']+)'(?:::regclass)?\\)");

    private static final Pattern NEGATIVE_INTEGER = Pattern.compile("-\\d+");
    private static final Pattern INTEGER_TYPE = Pattern.compile("integer|bigint|smallint");

    private DefaultExpressions() {
    }

    /** {@code schema}: where an unqualified sequence of {@code nextval('seq')} lives (the current schema). */
    static String canonical(String expression, String columnType, String schema) {
        if (expression == null) {
            return null;
        }
        String normalized = SqlExpressions.normalize(expression);
        if (normalized.equals("null")) {
            return null;
        }
        String literal = SqlExpressions.stringLiteral(expression);
        String castType = columnType == null ? null : TypeNames.withoutModifiers(columnType);
        if (literal != null && castType != null) {
            return quote(literal) + "::" + castType;
        }
        Matcher nextval = NEXTVAL.matcher(normalized);
        if (nextval.matches()) {
            String sequence = nextval.group(1);
            return "nextval('" + (sequence.contains(".") ? sequence : schema + "." + sequence) + "'::regclass)";
        }
        if (NEGATIVE_INTEGER.matcher(normalized).matches() && castType != null
                && INTEGER_TYPE.matcher(castType).matches()) {
            return quote(normalized) + "::" + castType;
        }
        return normalized;
    }

    static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
