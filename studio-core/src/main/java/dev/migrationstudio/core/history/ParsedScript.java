package dev.migrationstudio.core.history;

import dev.migrationstudio.core.source.MigrationScript;
import dev.migrationstudio.core.sql.parse.ParsedStatement;
import dev.migrationstudio.core.sql.split.SplitError;
import dev.migrationstudio.core.sql.split.SqlStatement;
import java.io.Serializable;
import java.util.List;

/**
 * One migration script cut into statements and parsed, before replay. {@code splitError} is set when the script
 * is malformed after its last statement (an unterminated quote, say); lines are relative to the script's SQL, add
 * {@link MigrationScript#firstLine()} - 1 for the file line (see {@link #fileLine(int)}).
 */
public record ParsedScript(MigrationScript script, List<Statement> statements, SplitError splitError) {

    public ParsedScript {
        statements = List.copyOf(statements);
    }

    /** A statement as cut from the script and what the parser made of it. */
    public record Statement(SqlStatement source, ParsedStatement parsed) implements Serializable {
    }

    public int fileLine(int scriptLine) {
        return script.firstLine() + scriptLine - 1;
    }
}
