package dev.migrationstudio.core.intent;

import dev.migrationstudio.core.history.AnalyzedScript;
import dev.migrationstudio.core.history.HistoryAnalysis;
import dev.migrationstudio.core.history.ParsedScript;
import dev.migrationstudio.core.sql.parse.ParsedStatement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The statements of a history whose effect the studio cannot model, with file and line. */
public final class OpaqueBlocks {
    private OpaqueBlocks() {
    }

    /** {@code displayPath} turns a script's file into what the artifact shows (relative to the project). */
    public static List<OpaqueBlock> of(HistoryAnalysis analysis, Function<Path, String> displayPath) {
        List<OpaqueBlock> blocks = new ArrayList<>();
        for (AnalyzedScript script : analysis.scripts()) {
            ParsedScript parsed = script.parsed();
            for (ParsedScript.Statement statement : parsed.statements()) {
                reason(statement.parsed()).ifPresent(reason -> blocks.add(new OpaqueBlock(
                        displayPath.apply(parsed.script().file()), parsed.fileLine(statement.source().start().line()),
                        statement.source().text(), reason)));
            }
        }
        return blocks;
    }

    /** Opaque statements, and DO blocks: procedural code may change the schema in ways no replay can follow. */
    private static Optional<String> reason(ParsedStatement statement) {
        if (statement instanceof ParsedStatement.Opaque opaque) {
            return Optional.of(opaque.reason());
        }
        if (statement instanceof ParsedStatement.DoBlock block) {
            return Optional.of("DO block (" + block.language() + "): procedural code the studio does not model");
        }
        return Optional.empty();
    }
}
