package dev.migrationstudio.core.audit.rls;

import dev.migrationstudio.core.audit.SearchPath;
import dev.migrationstudio.core.schema.Routine;
import dev.migrationstudio.core.schema.Table;
import dev.migrationstudio.core.sql.SqlComments;
import dev.migrationstudio.core.sql.SqlIdentifiers;
import java.util.regex.Pattern;

/**
 * Whether a routine's body names a table: a textual match, documented as such, on the body without comments.
 * It finds {@code schema.table} (each part bare or quoted, any spacing around the dot) anywhere, and the bare
 * {@code table} when the routine's search_path can resolve it to the table's schema (see {@link SearchPath}).
 * Names match on identifier boundaries, so {@code users} does not match {@code users_archive} or
 * {@code auth.users}. Known limits: a string, a variable or a column spelled like the table also matches, and
 * dynamic SQL that builds the name does not.
 */
final class TableReferences {
    private static final String BEFORE = "(?<![\\w$\".])";
    private static final String AFTER = "(?![\\w$\"])";

    private TableReferences() {
    }

    static boolean references(Routine routine, Table table) {
        String body = SqlComments.strip(routine.body());
        String name = identifier(table.name());
        Pattern qualified = Pattern.compile(BEFORE + identifier(table.schema()) + "\\s*\\.\\s*" + name + AFTER);
        if (qualified.matcher(body).find()) {
            return true;
        }
        return SearchPath.schemas(routine).contains(table.schema())
                && Pattern.compile(BEFORE + name + AFTER).matcher(body).find();
    }

    /** A name as it may be written: quoted always, bare (any case, as Postgres folds it) only if it needs no quotes. */
    private static String identifier(String name) {
        String quoted = Pattern.quote('"' + name.replace("\"", "\"\"") + '"');
        return SqlIdentifiers.needsQuotes(name) ? quoted : "(?:" + quoted + "|(?i:" + Pattern.quote(name) + "))";
    }
}
