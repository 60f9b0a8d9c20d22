package dev.migrationstudio.core.audit.rls;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Textual tests on policy expressions as {@code pg_get_expr()} prints them. */
final class PolicyExpressions {
    private static final Set<String> ALWAYS_TRUE = Set.of("true", "1=1");
    private static final Pattern JWT = Pattern.compile("auth\\s*\\.\\s*jwt\\s*\\(\\s*\\)|request\\.jwt\\.claim",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern USER_METADATA = Pattern.compile("user_metadata", Pattern.CASE_INSENSITIVE);
    private static final Pattern RAW_USER_META_DATA = Pattern.compile("raw_user_meta_data", Pattern.CASE_INSENSITIVE);

    private PolicyExpressions() {
    }

    /** {@code true}, {@code 1=1}, in any case, spacing and number of enclosing parentheses. */
    static boolean isAlwaysTrue(String expression) {
        if (expression == null) {
            return false;
        }
        String compact = expression.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        while (compact.length() > 2 && compact.startsWith("(") && compact.endsWith(")")) {
            compact = compact.substring(1, compact.length() - 1);
        }
        return ALWAYS_TRUE.contains(compact);
    }

    /**
     * Whether the expression trusts user metadata, which every signed-in user can change about themselves:
     * {@code user_metadata} read from the JWT ({@code auth.jwt()} or the {@code request.jwt.claims} setting), or
     * {@code auth.users.raw_user_meta_data}.
     */
    static boolean trustsUserMetadata(String expression) {
        if (expression == null) {
            return false;
        }
        return RAW_USER_META_DATA.matcher(expression).find()
                || (JWT.matcher(expression).find() && USER_METADATA.matcher(expression).find());
    }
}
