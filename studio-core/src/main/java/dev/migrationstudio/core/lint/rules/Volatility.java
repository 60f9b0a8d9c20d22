package dev.migrationstudio.core.lint.rules;

import dev.migrationstudio.core.schema.Routine;
import dev.migrationstudio.core.schema.SchemaModel;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a default expression is volatile (evaluated once per row, so ADD COLUMN rewrites the table): calls to
 * PostgreSQL's and common extensions' volatile functions, and to functions of the history declared VOLATILE
 * (the default). Functions it knows nothing about count as not volatile, so the rule stays quiet when unsure.
 */
final class Volatility {
    private static final Set<String> VOLATILE = Set.of(
            "random", "random_normal", "gen_random_uuid", "uuid_generate_v1", "uuid_generate_v1mc",
            "uuid_generate_v4", "uuidv4", "uuidv7", "clock_timestamp", "timeofday", "nextval", "setval",
            "txid_current", "pg_current_xact_id", "gen_random_bytes", "gen_salt", "uuid_generate_v7");
    private static final Pattern CALL = Pattern.compile("([a-zA-Z_][\\w$]*)\\s*\\(");

    private Volatility() {
    }

    static String volatileCall(String expression, SchemaModel model) {
        Matcher call = CALL.matcher(withoutStrings(expression));
        while (call.find()) {
            String name = call.group(1).toLowerCase(Locale.ROOT);
            if (VOLATILE.contains(name) || declaredVolatile(name, model)) {
                return name + "()";
            }
        }
        return null;
    }

    private static boolean declaredVolatile(String name, SchemaModel model) {
        return model.routines().stream().filter(r -> r.name().equals(name)).map(Routine::volatility)
                .anyMatch(v -> v == null || v.equalsIgnoreCase("volatile"));
    }

    private static String withoutStrings(String expression) {
        return expression.replaceAll("'([^']|'')*'", "''");
    }
}
