package dev.migrationstudio.core.lint;

import dev.migrationstudio.core.sql.parse.ParsedStatement;
import dev.migrationstudio.core.sql.split.SqlStatement;

/** One statement of a linted script: its place in the script, its source and what the parser made of it. */
public record LintStatement(int index, SqlStatement source, ParsedStatement parsed) {

    public String text() {
        return source.text();
    }
}
