package dev.migrationstudio.core.sql.parse;

import dev.migrationstudio.core.sql.parse.ParsedStatement.AlterTypeAddValue;
import dev.migrationstudio.core.sql.parse.ParsedStatement.AlterTypeOther;
import dev.migrationstudio.core.sql.parse.ParsedStatement.ObjectKind;
import dev.migrationstudio.core.sql.parse.ParsedStatement.Rename;

/** ALTER of everything but tables, functions and policies: renames, ALTER TYPE, ALTER SEQUENCE. */
final class AlterReader {
    private AlterReader() {
    }

    /** After {@code ALTER}, for a kind {@link DropReader#objectKind} knows. */
    static ParsedStatement alterObject(TokenCursor cursor, ObjectKind kind) {
        return switch (kind) {
            case TABLE, FOREIGN_TABLE -> TableReader.alterTable(cursor, ObjectKind.TABLE);
            case SEQUENCE -> ObjectReader.alterSequence(cursor);
            case TYPE -> alterType(cursor);
            default -> renameOrOther(cursor, kind);
        };
    }

    private static ParsedStatement alterType(TokenCursor cursor) {
        QualifiedName type = cursor.qualifiedName();
        if (cursor.accept("add", "value")) {
            boolean ifNotExists = cursor.accept("if", "not", "exists");
            String value = string(cursor);
            String before = cursor.accept("before") ? string(cursor) : null;
            String after = cursor.accept("after") ? string(cursor) : null;
            return new AlterTypeAddValue(type, value, ifNotExists, before, after);
        }
        if (cursor.accept("rename", "to")) {
            return new Rename(ObjectKind.TYPE, type, cursor.identifier(), false);
        }
        return new AlterTypeOther(type, cursor.rest());
    }

    private static String string(TokenCursor cursor) {
        Token token = cursor.next();
        if (token.type() != Token.Type.STRING) {
            throw cursor.failure("expected a string");
        }
        return token.value();
    }

    private static ParsedStatement renameOrOther(TokenCursor cursor, ObjectKind kind) {
        boolean ifExists = kind != ObjectKind.SCHEMA && kind != ObjectKind.EXTENSION && cursor.accept("if", "exists");
        QualifiedName name = cursor.qualifiedName();
        if (cursor.accept("rename", "to")) {
            return new Rename(kind, name, cursor.identifier(), ifExists);
        }
        if (kind == ObjectKind.VIEW && cursor.isWords("set") && cursor.peek(1).isPunctuation("(")) {
            cursor.next();
            return new ParsedStatement.SetViewOptions(name, ObjectReader.securityInvokerOption(cursor));
        }
        return new ParsedStatement.Other("ALTER " + kind.name().replace('_', ' '));
    }
}
