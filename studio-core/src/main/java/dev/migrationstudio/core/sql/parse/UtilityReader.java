package dev.migrationstudio.core.sql.parse;

import dev.migrationstudio.core.sql.parse.ParsedStatement.CommentOn;
import dev.migrationstudio.core.sql.parse.ParsedStatement.Copy;
import dev.migrationstudio.core.sql.parse.ParsedStatement.Reindex;
import dev.migrationstudio.core.sql.parse.ParsedStatement.SetStatement;
import dev.migrationstudio.core.sql.parse.ParsedStatement.TransactionControl;
import dev.migrationstudio.core.sql.parse.ParsedStatement.TransactionControl.Action;
import dev.migrationstudio.core.sql.parse.ParsedStatement.Truncate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Transaction control, SET/RESET, REINDEX, COPY, TRUNCATE, COMMENT ON. */
final class UtilityReader {
    private UtilityReader() {
    }

    /** At BEGIN, START, COMMIT, END, ROLLBACK, ABORT, SAVEPOINT, RELEASE or PREPARE. */
    static ParsedStatement transaction(TokenCursor cursor) {
        String first = cursor.next().value();
        Action action = switch (first) {
            case "begin", "start" -> Action.BEGIN;
            case "commit", "end" -> Action.COMMIT;
            case "savepoint" -> Action.SAVEPOINT;
            case "release" -> Action.RELEASE_SAVEPOINT;
            case "prepare" -> Action.PREPARE;
            default -> Action.ROLLBACK;
        };
        if (action == Action.ROLLBACK && restContains(cursor, "to")) {
            action = Action.ROLLBACK_TO_SAVEPOINT;
        }
        if (action == Action.PREPARE && !cursor.isWords("transaction")) {
            return new ParsedStatement.Other("PREPARE");
        }
        return new TransactionControl(action);
    }

    private static boolean restContains(TokenCursor cursor, String word) {
        int mark = cursor.mark();
        try {
            while (!cursor.atEnd()) {
                if (cursor.next().isWord(word)) {
                    return true;
                }
            }
            return false;
        } finally {
            cursor.reset(mark);
        }
    }

    /** After {@code SET}. */
    static SetStatement set(TokenCursor cursor) {
        boolean local = cursor.accept("local");
        cursor.accept("session");
        if (cursor.accept("time", "zone")) {
            return new SetStatement("timezone", cursor.rest(), local);
        }
        if (cursor.isWords("role") || cursor.isWords("session", "authorization") || cursor.isWords("constraints")
                || cursor.isWords("transaction")) {
            String name = cursor.next().value();
            return new SetStatement(name, cursor.rest(), local);
        }
        String name = String.join(".", cursor.dottedName());
        if (!cursor.accept("to") && !cursor.acceptOperator("=")) {
            throw cursor.failure("expected TO or =");
        }
        List<String> values = new ArrayList<>();
        do {
            values.add(cursor.literal());
        } while (cursor.acceptPunctuation(","));
        return new SetStatement(name, String.join(", ", values), local);
    }

    /** After {@code RESET}. */
    static SetStatement reset(TokenCursor cursor) {
        String name = cursor.accept("all") ? "all" : String.join(".", cursor.dottedName());
        return new SetStatement(name, null, false);
    }

    /** After {@code REINDEX}. */
    static Reindex reindex(TokenCursor cursor) {
        boolean concurrently = false;
        if (cursor.isPunctuation("(")) {
            concurrently = cursor.parenthesized().toLowerCase(Locale.ROOT).contains("concurrently");
        }
        String kind = cursor.identifier().toUpperCase(Locale.ROOT);
        concurrently |= cursor.accept("concurrently");
        QualifiedName target = cursor.atEnd() ? null : cursor.qualifiedName();
        return new Reindex(kind, target, concurrently);
    }

    /** After {@code COPY}. */
    static Copy copy(TokenCursor cursor) {
        QualifiedName table = null;
        if (cursor.isPunctuation("(")) {
            cursor.parenthesized();
        } else {
            table = cursor.qualifiedName();
            if (cursor.isPunctuation("(")) {
                cursor.parenthesizedIdentifiers();
            }
        }
        boolean from = cursor.accept("from");
        if (!from) {
            cursor.expect("to");
        }
        boolean stdio = cursor.isWords("stdin") || cursor.isWords("stdout");
        return new Copy(table, from, stdio);
    }

    /** After {@code TRUNCATE}. */
    static Truncate truncate(TokenCursor cursor) {
        cursor.accept("table");
        List<QualifiedName> tables = new ArrayList<>();
        do {
            cursor.accept("only");
            tables.add(cursor.qualifiedName());
            cursor.acceptOperator("*");
        } while (cursor.acceptPunctuation(","));
        boolean restartIdentity = false;
        boolean cascade = false;
        while (!cursor.atEnd()) {
            if (cursor.accept("restart", "identity")) {
                restartIdentity = true;
            } else if (cursor.accept("continue", "identity") || cursor.accept("restrict")) {
                continue;
            } else {
                cursor.expect("cascade");
                cascade = true;
            }
        }
        return new Truncate(tables, restartIdentity, cascade);
    }

    /** After {@code COMMENT ON}. */
    static CommentOn commentOn(TokenCursor cursor) {
        StringBuilder kind = new StringBuilder(cursor.identifier().toUpperCase(Locale.ROOT));
        if (kind.toString().equals("MATERIALIZED") || kind.toString().equals("FOREIGN")) {
            kind.append(' ').append(cursor.identifier().toUpperCase(Locale.ROOT));
        }
        String objectType = kind.toString();
        QualifiedName name = null;
        String column = null;
        QualifiedName onTable = null;
        ParsedStatement.RoutineReference routine = null;
        switch (objectType) {
            case "COLUMN" -> {
                List<String> parts = cursor.dottedName();
                if (parts.size() < 2) {
                    throw cursor.failure("expected table.column");
                }
                column = parts.get(parts.size() - 1);
                String table = parts.get(parts.size() - 2);
                name = new QualifiedName(parts.size() > 2 ? parts.get(parts.size() - 3) : null, table);
            }
            case "FUNCTION", "PROCEDURE", "ROUTINE" -> {
                routine = RoutineReader.routineReference(cursor);
                name = routine.name();
            }
            case "POLICY", "TRIGGER", "CONSTRAINT", "RULE" -> {
                name = QualifiedName.of(cursor.identifier());
                cursor.expect("on");
                cursor.accept("domain");
                onTable = cursor.qualifiedName();
            }
            default -> name = cursor.qualifiedName();
        }
        cursor.expect("is");
        Token text = cursor.next();
        String comment = switch (text.type()) {
            case STRING -> text.value();
            case WORD -> {
                if (!text.value().equals("null")) {
                    throw cursor.failure("expected a string or NULL");
                }
                yield null;
            }
            default -> throw cursor.failure("expected a string or NULL");
        };
        return new CommentOn(objectType, name, column, onTable, routine, comment);
    }
}
