package dev.migrationstudio.core.lint.rules;

import dev.migrationstudio.core.lint.LintStatement;
import dev.migrationstudio.core.sql.parse.AlterAction;
import dev.migrationstudio.core.sql.parse.ColumnDefinition;
import dev.migrationstudio.core.sql.parse.ParsedStatement;
import dev.migrationstudio.core.sql.parse.QualifiedName;
import dev.migrationstudio.core.sql.parse.TableConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns a statement defines: those of a CREATE TABLE and of ALTER TABLE ... ADD COLUMN.
 * {@code primaryKey} is true for the single column of a one-column primary key (a surrogate key).
 */
record DefinedColumns(QualifiedName table, ColumnDefinition column, boolean primaryKey, boolean added) {

    static List<DefinedColumns> of(LintStatement statement) {
        List<DefinedColumns> columns = new ArrayList<>();
        if (statement.parsed() instanceof ParsedStatement.CreateTable create) {
            List<String> keyColumns = create.constraints().stream()
                    .filter(c -> c.kind() == TableConstraint.Kind.PRIMARY_KEY && c.columns().size() == 1)
                    .flatMap(c -> c.columns().stream()).toList();
            for (ColumnDefinition column : create.columns()) {
                columns.add(new DefinedColumns(create.table(), column,
                        isInlineKey(column) || keyColumns.contains(column.name()), false));
            }
        } else if (statement.parsed() instanceof ParsedStatement.AlterTable alter) {
            for (AlterAction action : alter.actions()) {
                if (action instanceof AlterAction.AddColumn add) {
                    columns.add(new DefinedColumns(alter.table(), add.column(), isInlineKey(add.column()), true));
                }
            }
        }
        return columns;
    }

    private static boolean isInlineKey(ColumnDefinition column) {
        return column.constraints().stream().anyMatch(c -> c.kind() == TableConstraint.Kind.PRIMARY_KEY);
    }
}
