package dev.migrationstudio.core.audit.rpc;

import dev.migrationstudio.core.schema.Routine;
import dev.migrationstudio.core.sql.SqlComments;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Textual tests on routine bodies, comments removed first so a comment never counts. */
final class FunctionBodies {
    private static final Pattern AUTH_CHECK = Pattern.compile(
            "(?<![\\w$.])auth\\s*\\.\\s*(?:uid|role|jwt)\\s*\\(|request\\.jwt\\.claim"
                    + "|(?<![\\w$.])(?:current_user|session_user)(?![\\w$])",
            Pattern.CASE_INSENSITIVE);
    /** A PL/pgSQL block with no statement but {@code NULL;}: {@code BEGIN END}, {@code begin null; end;}. */
    private static final Pattern EMPTY_BLOCK = Pattern.compile("(?is)\\s*begin\\s*(?:null\\s*;\\s*)*end\\s*;?\\s*");
    /** Languages whose body is a symbol or file name, never empty in a meaningful way. */
    private static final Set<String> EXTERNAL_LANGUAGES = Set.of("c", "internal");

    private FunctionBodies() {
    }

    static boolean hasAuthCheck(Routine routine) {
        return AUTH_CHECK.matcher(SqlComments.strip(routine.body())).find();
    }

    static boolean isEmpty(Routine routine) {
        String language = routine.language() == null ? "" : routine.language().toLowerCase(Locale.ROOT);
        if (EXTERNAL_LANGUAGES.contains(language)) {
            return false;
        }
        String body = SqlComments.strip(routine.body());
        return body.isBlank() || ("plpgsql".equals(language) && EMPTY_BLOCK.matcher(body).matches());
    }
}
