package dev.migrationstudio.core.lint.rules;

import dev.migrationstudio.core.lint.Hit;
import dev.migrationstudio.core.lint.LintContext;
import dev.migrationstudio.core.lint.LintRule;
import dev.migrationstudio.core.lint.LintStatement;
import dev.migrationstudio.core.sql.parse.TypeNames;
import java.util.List;

/** Base of the type hygiene rules: each looks at every column a CREATE TABLE or ADD COLUMN defines. */
abstract class ColumnTypeRule implements LintRule {

    @Override
    public final List<Hit> check(LintStatement statement, LintContext context) {
        List<DefinedColumns> columns = DefinedColumns.of(statement);
        if (columns.isEmpty()) {
            return List.of();
        }
        return columns.stream()
                .map(c -> advice(c, TypeNames.canonical(c.column().type()), context))
                .filter(java.util.Objects::nonNull)
                .map(advice -> Hit.at(statement, advice.message(), advice.rewrite()))
                .toList();
    }

    /** Advice for one column, or null. {@code type} is canonical ({@code timestamp without time zone}). */
    abstract Advice advice(DefinedColumns column, String type, LintContext context);

    static String column(DefinedColumns c) {
        return Sql.name(c.table()) + "." + Sql.ident(c.column().name());
    }

    record Advice(String message, String rewrite) {
    }
}
