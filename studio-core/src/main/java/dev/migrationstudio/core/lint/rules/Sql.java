package dev.migrationstudio.core.lint.rules;

import dev.migrationstudio.core.sql.SqlIdentifiers;
import dev.migrationstudio.core.sql.parse.AlterAction;
import dev.migrationstudio.core.sql.parse.ParsedStatement;
import dev.migrationstudio.core.sql.parse.QualifiedName;
import java.util.List;

/** Writing the statement's own names back into rewrites, and small reads of parsed statements. */
final class Sql {
    private Sql() {
    }

    static String name(QualifiedName name) {
        return name.schema() == null ? SqlIdentifiers.quote(name.name())
                : SqlIdentifiers.quote(name.schema()) + "." + SqlIdentifiers.quote(name.name());
    }

    static String ident(String name) {
        return SqlIdentifiers.quote(name);
    }

    static String columns(List<String> columns) {
        return String.join(", ", columns.stream().map(Sql::ident).toList());
    }

    /** The actions of an ALTER TABLE, none for any other statement. */
    static List<AlterAction> actions(ParsedStatement statement) {
        return statement instanceof ParsedStatement.AlterTable alter ? alter.actions() : List.of();
    }

    static QualifiedName alteredTable(ParsedStatement statement) {
        return ((ParsedStatement.AlterTable) statement).table();
    }

    /** {@code <table>_<columns>_<suffix>} as a name for an object the rewrite creates. */
    static String derivedName(QualifiedName table, List<String> columns, String suffix) {
        return ident(table.name() + "_" + String.join("_", columns) + "_" + suffix);
    }
}
