package dev.migrationstudio.core.sql.split;

import java.util.List;

/**
 * The statements of a script. When the script is malformed, {@code error} says where, and {@code statements}
 * holds everything before the broken construct; nothing after it is silently dropped without an error.
 */
public record SplitResult(List<SqlStatement> statements, SplitError error) {
    public SplitResult {
        statements = List.copyOf(statements);
    }

    public boolean ok() {
        return error == null;
    }
}
