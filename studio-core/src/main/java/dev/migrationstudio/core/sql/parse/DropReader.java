package dev.migrationstudio.core.sql.parse;

import dev.migrationstudio.core.sql.parse.ParsedStatement.Drop;
import dev.migrationstudio.core.sql.parse.ParsedStatement.DropPolicy;
import dev.migrationstudio.core.sql.parse.ParsedStatement.DropTrigger;
import dev.migrationstudio.core.sql.parse.ParsedStatement.ObjectKind;
import java.util.List;

/** DROP of every kind. */
final class DropReader {
    private DropReader() {
    }

    /** After {@code DROP}. */
    static ParsedStatement drop(TokenCursor cursor) {
        ObjectKind kind = objectKind(cursor);
        if (kind != null) {
            boolean concurrently = cursor.accept("concurrently");
            boolean ifExists = cursor.accept("if", "exists");
            List<QualifiedName> names = cursor.qualifiedNames();
            return new Drop(kind, names, ifExists, cascade(cursor), concurrently);
        }
        if (cursor.accept("policy")) {
            boolean ifExists = cursor.accept("if", "exists");
            String name = cursor.identifier();
            cursor.expect("on");
            QualifiedName table = cursor.qualifiedName();
            cascade(cursor);
            return new DropPolicy(name, table, ifExists);
        }
        if (cursor.accept("trigger")) {
            boolean ifExists = cursor.accept("if", "exists");
            String name = cursor.identifier();
            cursor.expect("on");
            QualifiedName table = cursor.qualifiedName();
            return new DropTrigger(name, table, ifExists, cascade(cursor));
        }
        if (cursor.isWords("function") || cursor.isWords("procedure") || cursor.isWords("routine")) {
            boolean procedure = cursor.next().value().equals("procedure");
            boolean ifExists = cursor.accept("if", "exists");
            List<ParsedStatement.RoutineReference> routines = RoutineReader.routineReferences(cursor);
            return new ParsedStatement.DropFunction(routines, procedure, ifExists, cascade(cursor));
        }
        return new ParsedStatement.Other("DROP " + cursor.peekWord().toUpperCase());
    }

    /** Reads TABLE, INDEX, VIEW, MATERIALIZED VIEW, ... when next; null for other kinds (cursor unchanged). */
    static ObjectKind objectKind(TokenCursor cursor) {
        if (cursor.accept("materialized", "view")) {
            return ObjectKind.MATERIALIZED_VIEW;
        }
        if (cursor.accept("foreign", "table")) {
            return ObjectKind.FOREIGN_TABLE;
        }
        ObjectKind kind = switch (cursor.peekWord()) {
            case "table" -> ObjectKind.TABLE;
            case "index" -> ObjectKind.INDEX;
            case "view" -> ObjectKind.VIEW;
            case "sequence" -> ObjectKind.SEQUENCE;
            case "type" -> ObjectKind.TYPE;
            case "domain" -> ObjectKind.DOMAIN;
            case "schema" -> ObjectKind.SCHEMA;
            case "extension" -> ObjectKind.EXTENSION;
            default -> null;
        };
        if (kind != null) {
            cursor.next();
        }
        return kind;
    }

    private static boolean cascade(TokenCursor cursor) {
        if (cursor.accept("cascade")) {
            return true;
        }
        cursor.accept("restrict");
        return false;
    }
}
