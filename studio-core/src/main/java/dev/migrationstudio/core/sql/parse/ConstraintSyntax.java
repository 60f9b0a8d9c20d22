package dev.migrationstudio.core.sql.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads table constraints, column definitions and their inline constraints. */
final class ConstraintSyntax {
    /** Words that end a DEFAULT or GENERATED expression inside a column definition. */
    private static final Set<String> COLUMN_CLAUSE_WORDS = Set.of("not", "null", "check", "default", "generated",
            "unique", "primary", "references", "constraint", "collate", "deferrable", "initially", "storage",
            "compression");
    private static final Set<String> TABLE_CONSTRAINT_WORDS = Set.of("constraint", "check", "unique", "primary",
            "foreign", "exclude");

    private ConstraintSyntax() {
    }

    static boolean startsTableConstraint(TokenCursor cursor) {
        return TABLE_CONSTRAINT_WORDS.contains(cursor.peekWord());
    }

    /** A table constraint: {@code [CONSTRAINT name] CHECK|UNIQUE|PRIMARY KEY|FOREIGN KEY|EXCLUDE ...}. */
    static TableConstraint tableConstraint(TokenCursor cursor) {
        String name = cursor.accept("constraint") ? cursor.identifier() : null;
        TableConstraint.Kind kind;
        List<String> columns = List.of();
        String expression = null;
        TableConstraint.References references = null;
        String usingIndex = null;
        List<String> include = List.of();
        if (cursor.accept("check")) {
            kind = TableConstraint.Kind.CHECK;
            expression = cursor.parenthesized();
        } else if (cursor.accept("unique") || cursor.isWords("primary", "key")) {
            kind = cursor.accept("primary", "key") ? TableConstraint.Kind.PRIMARY_KEY : TableConstraint.Kind.UNIQUE;
            skipNullsDistinct(cursor);
            if (cursor.accept("using", "index")) {
                usingIndex = cursor.identifier();
            } else {
                columns = cursor.parenthesizedIdentifiers();
                include = indexParameters(cursor);
            }
        } else if (cursor.accept("foreign", "key")) {
            kind = TableConstraint.Kind.FOREIGN_KEY;
            columns = cursor.parenthesizedIdentifiers();
            cursor.expect("references");
            references = references(cursor);
        } else if (cursor.accept("exclude")) {
            kind = TableConstraint.Kind.EXCLUDE;
            if (cursor.accept("using")) {
                cursor.identifier();
            }
            expression = cursor.parenthesized();
            include = indexParameters(cursor);
            if (cursor.accept("where")) {
                cursor.parenthesized();
            }
        } else {
            throw cursor.failure("expected a constraint");
        }
        return withAttributes(cursor, new TableConstraint(name, kind, columns, expression, references, false, false,
                false, usingIndex, include));
    }

    /** {@code name type [COLLATE c] [column constraints]}. */
    static ColumnDefinition column(TokenCursor cursor) {
        String name = cursor.identifier();
        String type = TypeSyntax.read(cursor);
        boolean notNull = false;
        String defaultExpression = null;
        ColumnDefinition.Identity identity = ColumnDefinition.Identity.NONE;
        String generated = null;
        String collation = null;
        List<TableConstraint> constraints = new ArrayList<>();
        while (!cursor.atEnd() && !cursor.isPunctuation(",") && !cursor.isPunctuation(")")) {
            String constraintName = cursor.accept("constraint") ? cursor.identifier() : null;
            if (cursor.accept("not", "null")) {
                notNull = true;
            } else if (cursor.accept("null")) {
                notNull = false;
            } else if (cursor.accept("default")) {
                defaultExpression = cursor.expression(COLUMN_CLAUSE_WORDS);
            } else if (cursor.accept("collate")) {
                collation = cursor.qualifiedName().name();
            } else if (cursor.accept("generated")) {
                if (cursor.accept("always", "as", "identity")) {
                    identity = ColumnDefinition.Identity.ALWAYS;
                    skipSequenceOptions(cursor);
                } else if (cursor.accept("by", "default", "as", "identity")) {
                    identity = ColumnDefinition.Identity.BY_DEFAULT;
                    skipSequenceOptions(cursor);
                } else {
                    cursor.expect("always", "as");
                    generated = cursor.parenthesized();
                    cursor.accept("stored");
                    cursor.accept("virtual");
                }
            } else if (cursor.accept("check")) {
                constraints.add(withAttributes(cursor, constraint(constraintName, TableConstraint.Kind.CHECK, name,
                        cursor.parenthesized(), null)));
            } else if (cursor.accept("unique")) {
                skipNullsDistinct(cursor);
                indexParameters(cursor);
                constraints.add(withAttributes(cursor,
                        constraint(constraintName, TableConstraint.Kind.UNIQUE, name, null, null)));
            } else if (cursor.accept("primary", "key")) {
                indexParameters(cursor);
                constraints.add(withAttributes(cursor,
                        constraint(constraintName, TableConstraint.Kind.PRIMARY_KEY, name, null, null)));
            } else if (cursor.accept("references")) {
                constraints.add(withAttributes(cursor, constraint(constraintName, TableConstraint.Kind.FOREIGN_KEY,
                        name, null, references(cursor))));
            } else if (cursor.accept("storage") || cursor.accept("compression")) {
                cursor.identifier();
            } else {
                throw cursor.failure("unexpected column clause");
            }
        }
        return new ColumnDefinition(name, type, notNull, defaultExpression, identity, generated, collation,
                constraints);
    }

    private static TableConstraint constraint(String name, TableConstraint.Kind kind, String column,
            String expression, TableConstraint.References references) {
        return new TableConstraint(name, kind, List.of(column), expression, references, false, false, false, null,
                List.of());
    }

    private static TableConstraint.References references(TokenCursor cursor) {
        QualifiedName table = cursor.qualifiedName();
        List<String> columns = cursor.isPunctuation("(") ? cursor.parenthesizedIdentifiers() : List.of();
        String onDelete = null;
        String onUpdate = null;
        String match = null;
        while (true) {
            if (cursor.accept("match")) {
                match = cursor.identifier().toUpperCase();
            } else if (cursor.accept("on", "delete")) {
                onDelete = referentialAction(cursor);
            } else if (cursor.accept("on", "update")) {
                onUpdate = referentialAction(cursor);
            } else {
                return new TableConstraint.References(table, columns, onDelete, onUpdate, match);
            }
        }
    }

    private static String referentialAction(TokenCursor cursor) {
        String action;
        if (cursor.accept("no", "action")) {
            action = "NO ACTION";
        } else if (cursor.accept("set", "null")) {
            action = "SET NULL";
        } else if (cursor.accept("set", "default")) {
            action = "SET DEFAULT";
        } else if (cursor.accept("cascade")) {
            action = "CASCADE";
        } else if (cursor.accept("restrict")) {
            action = "RESTRICT";
        } else {
            throw cursor.failure("expected a referential action");
        }
        if (action.startsWith("SET ") && cursor.isPunctuation("(")) {
            cursor.parenthesizedIdentifiers();
        }
        return action;
    }

    /** DEFERRABLE, INITIALLY ..., NOT VALID, NO INHERIT, ENFORCED after a constraint. */
    private static TableConstraint withAttributes(TokenCursor cursor, TableConstraint constraint) {
        boolean deferrable = constraint.deferrable();
        boolean initiallyDeferred = constraint.initiallyDeferred();
        boolean notValid = constraint.notValid();
        while (true) {
            if (cursor.accept("deferrable")) {
                deferrable = true;
            } else if (cursor.accept("not", "deferrable")) {
                deferrable = false;
            } else if (cursor.accept("initially", "deferred")) {
                initiallyDeferred = true;
            } else if (cursor.accept("initially", "immediate")) {
                initiallyDeferred = false;
            } else if (cursor.accept("not", "valid")) {
                notValid = true;
            } else if (cursor.accept("no", "inherit") || cursor.accept("not", "enforced")
                    || cursor.accept("enforced")) {
                continue;
            } else {
                return new TableConstraint(constraint.name(), constraint.kind(), constraint.columns(),
                        constraint.expression(), constraint.references(), deferrable, initiallyDeferred, notValid,
                        constraint.usingIndex(), constraint.include());
            }
        }
    }

    private static void skipNullsDistinct(TokenCursor cursor) {
        if (!cursor.accept("nulls", "distinct")) {
            cursor.accept("nulls", "not", "distinct");
        }
    }

    /** INCLUDE (...), WITH (...), USING INDEX TABLESPACE x; returns the INCLUDE columns. */
    private static List<String> indexParameters(TokenCursor cursor) {
        List<String> include = List.of();
        while (true) {
            if (cursor.accept("include")) {
                include = cursor.parenthesizedIdentifiers();
            } else if (cursor.isWords("with") && cursor.peek(1).isPunctuation("(")) {
                cursor.next();
                cursor.parenthesized();
            } else if (cursor.accept("using", "index", "tablespace")) {
                cursor.identifier();
            } else {
                return include;
            }
        }
    }

    static void skipSequenceOptions(TokenCursor cursor) {
        if (cursor.isPunctuation("(")) {
            cursor.parenthesized();
        }
    }
}
