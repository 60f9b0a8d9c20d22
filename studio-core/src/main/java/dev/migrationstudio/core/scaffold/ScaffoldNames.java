package dev.migrationstudio.core.scaffold;

import dev.migrationstudio.core.sql.SqlIdentifiers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the names a person gave into quoted identifiers, refusing what Postgres would not keep as given: an empty
 * name, a NUL character, or more than 63 bytes (Postgres silently truncates longer names, so two long names could
 * end up the same object).
 */
public final class ScaffoldNames {
    static final int MAX_IDENTIFIER_BYTES = 63;

    private ScaffoldNames() {
    }

    /** The name as an identifier, quoted exactly when Postgres needs it. */
    public static String identifier(String setting, String name) throws ScaffoldException {
        return SqlIdentifiers.quote(checked(setting, name));
    }

    /** {@code schema.name}, each part checked and quoted. */
    public static String qualified(String setting, TableRef table) throws ScaffoldException {
        return identifier(setting, table.schema()) + "." + identifier(setting, table.name());
    }

    /** A comma-separated list of column names, each checked and quoted: {@code "userId", created_at}. */
    public static String columnList(String setting, List<String> columns) throws ScaffoldException {
        if (columns == null || columns.isEmpty()) {
            throw new ScaffoldException(setting + " is empty: give at least one column name");
        }
        List<String> quoted = new ArrayList<>();
        for (String column : columns) {
            quoted.add(identifier(setting, column));
        }
        return String.join(", ", quoted);
    }

    /** The name itself, after the checks. */
    public static String checked(String setting, String name) throws ScaffoldException {
        if (name == null || name.isEmpty()) {
            throw new ScaffoldException(setting + " is missing: give a name");
        }
        if (name.indexOf('\0') >= 0) {
            throw new ScaffoldException(setting + " contains a NUL character, which Postgres does not allow in a name");
        }
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_IDENTIFIER_BYTES) {
            throw new ScaffoldException(setting + " '" + name + "' is " + bytes + " bytes long; Postgres keeps only "
                    + MAX_IDENTIFIER_BYTES + " bytes of a name and would silently truncate it: choose a shorter name");
        }
        return name;
    }
}
