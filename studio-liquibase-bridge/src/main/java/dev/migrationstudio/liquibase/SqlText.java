package dev.migrationstudio.liquibase;

import liquibase.changelog.ChangeSet;
import liquibase.util.StringUtil;

import java.util.ArrayList;
import java.util.List;

/** How statements are written into a changeset's SQL text: each one terminated by {@code ;}, one after another. */
final class SqlText {

    private SqlText() {
    }

    /** Joins terminated statements with a line break. */
    static String join(List<String> terminatedStatements) {
        return String.join("\n", terminatedStatements);
    }

    /**
     * Ends a statement, or a script as written, with {@code ;}. A text whose last line holds a {@code --} comment gets
     * the {@code ;} on a line of its own, so the comment cannot swallow it.
     */
    static String terminate(String sql) {
        String text = sql.stripTrailing();
        if (text.endsWith(";")) {
            return text;
        }
        String lastLine = text.substring(text.lastIndexOf('\n') + 1);
        return lastLine.contains("--") ? text + "\n;" : text + ";";
    }

    /** A generated statement: Liquibase sometimes ends it with {@code ;} already (loadData), sometimes not. */
    static String terminateGenerated(String sql) {
        String text = sql.strip();
        while (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).stripTrailing();
        }
        return text + ";";
    }

    /**
     * Raw SQL as written. Its own statements stay untouched ({@code $$} bodies included): our splitter splits them
     * later. A custom {@code endDelimiter} ({@code /}, {@code GO}, a regex) is a separator our splitter does not know,
     * so the text is cut where Liquibase would cut it and each piece is terminated with {@code ;} instead.
     */
    static List<String> rawStatements(String sql, String endDelimiter, ChangeSet changeSet) {
        if (sql == null || sql.isBlank()) {
            return List.of();
        }
        if (endDelimiter == null || endDelimiter.isBlank() || endDelimiter.strip().equals(";")) {
            return List.of(terminate(sql.strip()));
        }
        List<String> statements = new ArrayList<>();
        for (String piece : StringUtil.processMultiLineSQL(sql, false, true, endDelimiter, changeSet)) {
            if (!piece.isBlank()) {
                statements.add(terminate(piece.strip()));
            }
        }
        return statements;
    }
}
