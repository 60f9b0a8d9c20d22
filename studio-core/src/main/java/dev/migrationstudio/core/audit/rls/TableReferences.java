package dev.migrationstudio.core.audit.rls;

import dev.migrationstudio.core.audit.SearchPath;
import dev.migrationstudio.core.schema.Routine;
import dev.migrationstudio.core.schema.Table;
import dev.migrationstudio.core.sql.SqlComments;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The table names a routine's body mentions: a textual reading, documented as such, of the body without comments,
 * done once per routine. It collects every {@code schema.table} (each part bare or quoted, any spacing around the
 * dot) and every bare name not preceded by a dot; a bare name counts for a table only when the routine's
 * search_path resolves it to the table's schema (see {@link SearchPath}). Unquoted names fold to lower case, as
 * Postgres folds them, so {@code users} matches neither {@code users_archive} nor the {@code users} of
 * {@code auth.users}. Known limits: a string, a variable or a column spelled like the table also matches, and
 * dynamic SQL that builds the name does not.
 */
final class TableReferences {
    private final Set<String> qualified = new HashSet<>();
    private final Set<String> bare = new HashSet<>();
    private final List<String> searchPath;

    private TableReferences(Routine routine) {
        this.searchPath = SearchPath.schemas(routine);
        read(SqlComments.strip(routine.body() == null ? "" : routine.body()));
    }

    static TableReferences of(Routine routine) {
        return new TableReferences(routine);
    }

    boolean references(Table table) {
        return qualified.contains(table.schema() + "." + table.name())
                || searchPath.contains(table.schema()) && bare.contains(table.name());
    }

    private void read(String body) {
        int i = 0;
        char previous = ' ';
        while (i < body.length()) {
            int end = identifierEnd(body, i);
            if (end < 0) {
                previous = body.charAt(i);
                i++;
                continue;
            }
            String first = name(body, i, end);
            if (previous != '.') {
                bare.add(first);
                int dot = skipSpaces(body, end);
                if (dot < body.length() && body.charAt(dot) == '.') {
                    int second = skipSpaces(body, dot + 1);
                    int secondEnd = identifierEnd(body, second);
                    if (secondEnd > 0) {
                        qualified.add(first + "." + name(body, second, secondEnd));
                    }
                }
            }
            previous = body.charAt(end - 1);
            i = end;
        }
    }

    /** End of the identifier starting at {@code start} (quoted or bare), or -1 when none starts there. */
    private static int identifierEnd(String body, int start) {
        if (start >= body.length()) {
            return -1;
        }
        char c = body.charAt(start);
        if (c == '"') {
            int i = start + 1;
            while (i < body.length()) {
                if (body.charAt(i) == '"') {
                    if (i + 1 < body.length() && body.charAt(i + 1) == '"') {
                        i += 2;
                        continue;
                    }
                    return i + 1;
                }
                i++;
            }
            return -1;
        }
        if (!(Character.isLetter(c) || c == '_') || start > 0 && isIdentifierPart(body.charAt(start - 1))) {
            return -1;
        }
        int i = start + 1;
        while (i < body.length() && isIdentifierPart(body.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private static String name(String body, int start, int end) {
        String text = body.substring(start, end);
        return text.charAt(0) == '"'
                ? text.substring(1, text.length() - 1).replace("\"\"", "\"")
                : text.toLowerCase(Locale.ROOT);
    }

    private static int skipSpaces(String body, int i) {
        while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
            i++;
        }
        return i;
    }
}
