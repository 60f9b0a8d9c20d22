package dev.migrationstudio.core.sql.replay;

import dev.migrationstudio.core.sql.parse.ParsedStatement;
import dev.migrationstudio.core.sql.parse.StatementParser;
import java.util.Arrays;
import java.util.List;

/** Test-only: cuts a script at ";" + newline (no statement in these scripts has one inside) and parses it. */
final class Scripts {
    private static final StatementParser PARSER = new StatementParser();

    private Scripts() {
    }

    static List<String> split(String script) {
        return Arrays.stream(script.split(";\\s*\\n")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.endsWith(";") ? s.substring(0, s.length() - 1) : s).toList();
    }

    static List<ParsedStatement> parse(String script) {
        return split(script).stream().map(PARSER::parse).toList();
    }
}
