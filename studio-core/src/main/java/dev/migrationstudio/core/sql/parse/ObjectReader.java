package dev.migrationstudio.core.sql.parse;

import dev.migrationstudio.core.sql.parse.ParsedStatement.CreateDomain;
import dev.migrationstudio.core.sql.parse.ParsedStatement.CreateExtension;
import dev.migrationstudio.core.sql.parse.ParsedStatement.CreateIndex;
import dev.migrationstudio.core.sql.parse.ParsedStatement.CreateSchema;
import dev.migrationstudio.core.sql.parse.ParsedStatement.CreateSequence;
import dev.migrationstudio.core.sql.parse.ParsedStatement.CreateTrigger;
import dev.migrationstudio.core.sql.parse.ParsedStatement.CreateType;
import dev.migrationstudio.core.sql.parse.ParsedStatement.CreateView;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** CREATE INDEX, VIEW, TRIGGER, EXTENSION, TYPE, DOMAIN, SEQUENCE, SCHEMA. */
final class ObjectReader {
    private static final Set<String> NO_STOP = Set.of();
    private static final Set<String> DOMAIN_CLAUSES = Set.of("constraint", "not", "null", "check", "collate",
            "default");

    private ObjectReader() {
    }

    /** After {@code CREATE [UNIQUE]}, at {@code INDEX}. */
    static CreateIndex createIndex(TokenCursor cursor, boolean unique) {
        cursor.expect("index");
        boolean concurrently = cursor.accept("concurrently");
        boolean ifNotExists = cursor.accept("if", "not", "exists");
        String name = cursor.isWords("on") ? null : cursor.identifier();
        cursor.expect("on");
        boolean only = cursor.accept("only");
        QualifiedName table = cursor.qualifiedName();
        String method = cursor.accept("using") ? cursor.identifier() : "btree";
        cursor.expectPunctuation("(");
        List<String> keys = new ArrayList<>();
        do {
            keys.add(indexKey(cursor));
        } while (cursor.acceptPunctuation(","));
        cursor.expectPunctuation(")");
        List<String> include = List.of();
        String where = null;
        while (!cursor.atEnd()) {
            if (cursor.accept("include")) {
                include = cursor.parenthesizedIdentifiers();
            } else if (cursor.accept("nulls", "not", "distinct") || cursor.accept("nulls", "distinct")) {
                continue;
            } else if (cursor.accept("with")) {
                cursor.parenthesized();
            } else if (cursor.accept("tablespace")) {
                cursor.identifier();
            } else if (cursor.accept("where")) {
                where = cursor.rest();
            } else {
                throw cursor.failure("unexpected index option");
            }
        }
        return new CreateIndex(name, table, unique, concurrently, ifNotExists, only, method, keys, include, where);
    }

    /** A plain column key is its folded name; anything else (expression, opclass, ordering) its source text. */
    private static String indexKey(TokenCursor cursor) {
        int start = cursor.mark();
        if (cursor.peek().isIdentifier() && (cursor.peek(1).isPunctuation(",") || cursor.peek(1).isPunctuation(")"))) {
            return cursor.identifier();
        }
        cursor.reset(start);
        return cursor.expression(NO_STOP);
    }

    /** After {@code CREATE [OR REPLACE] [TEMP] [RECURSIVE]}, at {@code [MATERIALIZED] VIEW}. */
    static CreateView createView(TokenCursor cursor, boolean orReplace) {
        boolean materialized = cursor.accept("materialized");
        cursor.expect("view");
        boolean ifNotExists = cursor.accept("if", "not", "exists");
        QualifiedName name = cursor.qualifiedName();
        List<String> columns = cursor.isPunctuation("(") ? cursor.parenthesizedIdentifiers() : List.of();
        boolean securityInvoker = false;
        while (!cursor.isWords("as")) {
            if (cursor.accept("with")) {
                securityInvoker = Boolean.TRUE.equals(securityInvokerOption(cursor));
            } else if (cursor.accept("using") || cursor.accept("tablespace")) {
                cursor.identifier();
            } else {
                throw cursor.failure("expected AS");
            }
        }
        cursor.expect("as");
        String query = cursor.rest();
        return new CreateView(name, orReplace, materialized, ifNotExists, securityInvoker, columns, query);
    }

    /** {@code ( name [= value], ... )}: the security_invoker setting, null when not mentioned. */
    static Boolean securityInvokerOption(TokenCursor cursor) {
        Boolean securityInvoker = null;
        cursor.expectPunctuation("(");
        do {
            String option = cursor.identifier();
            String value = "true";
            if (cursor.acceptOperator("=")) {
                value = cursor.literal().toLowerCase();
            }
            if (option.equals("security_invoker")) {
                securityInvoker = Set.of("true", "on", "1", "yes").contains(value);
            }
        } while (cursor.acceptPunctuation(","));
        cursor.expectPunctuation(")");
        return securityInvoker;
    }

    /** After {@code CREATE [OR REPLACE] [CONSTRAINT]}, at {@code TRIGGER}. */
    static CreateTrigger createTrigger(TokenCursor cursor, boolean orReplace, boolean constraint) {
        cursor.expect("trigger");
        String name = cursor.identifier();
        String timing;
        if (cursor.accept("instead", "of")) {
            timing = "INSTEAD OF";
        } else if (cursor.accept("before")) {
            timing = "BEFORE";
        } else {
            cursor.expect("after");
            timing = "AFTER";
        }
        List<String> events = new ArrayList<>();
        List<String> updateColumns = new ArrayList<>();
        do {
            String event = cursor.identifier().toUpperCase();
            events.add(event);
            if (event.equals("UPDATE") && cursor.accept("of")) {
                updateColumns.addAll(cursor.identifiers());
            }
        } while (cursor.accept("or"));
        cursor.expect("on");
        QualifiedName table = cursor.qualifiedName();
        String level = "STATEMENT";
        String when = null;
        while (!cursor.isWords("execute")) {
            if (cursor.accept("for")) {
                cursor.accept("each");
                level = cursor.identifier().toUpperCase();
            } else if (cursor.accept("when")) {
                when = cursor.parenthesized();
            } else if (cursor.accept("from")) {
                cursor.qualifiedName();
            } else if (cursor.accept("referencing")) {
                while (cursor.accept("old") || cursor.accept("new")) {
                    cursor.accept("table");
                    cursor.accept("as");
                    cursor.identifier();
                }
            } else if (cursor.accept("deferrable") || cursor.accept("not", "deferrable")
                    || cursor.accept("initially", "deferred") || cursor.accept("initially", "immediate")) {
                continue;
            } else {
                throw cursor.failure("expected EXECUTE FUNCTION");
            }
        }
        cursor.expect("execute");
        if (!cursor.accept("function")) {
            cursor.expect("procedure");
        }
        QualifiedName function = cursor.qualifiedName();
        String arguments = cursor.parenthesized();
        return new CreateTrigger(name, table, orReplace, constraint, timing, events, updateColumns, level, when,
                function, arguments);
    }

    static CreateExtension createExtension(TokenCursor cursor) {
        boolean ifNotExists = cursor.accept("if", "not", "exists");
        String name = cursor.identifier();
        String schema = null;
        String version = null;
        boolean cascade = false;
        cursor.accept("with");
        while (!cursor.atEnd()) {
            if (cursor.accept("schema")) {
                schema = cursor.identifier();
            } else if (cursor.accept("version")) {
                version = cursor.literal();
            } else if (cursor.accept("cascade")) {
                cascade = true;
            } else {
                throw cursor.failure("unexpected extension option");
            }
        }
        return new CreateExtension(name, ifNotExists, schema, version, cascade);
    }

    static CreateType createType(TokenCursor cursor) {
        QualifiedName name = cursor.qualifiedName();
        if (cursor.atEnd()) {
            return new CreateType(name, CreateType.TypeForm.SHELL, List.of(), List.of());
        }
        if (cursor.isPunctuation("(")) {
            cursor.parenthesized();
            return new CreateType(name, CreateType.TypeForm.BASE, List.of(), List.of());
        }
        cursor.expect("as");
        if (cursor.accept("enum")) {
            cursor.expectPunctuation("(");
            List<String> labels = new ArrayList<>();
            if (!cursor.isPunctuation(")")) {
                do {
                    Token label = cursor.next();
                    if (label.type() != Token.Type.STRING) {
                        throw cursor.failure("expected an enum label");
                    }
                    labels.add(label.value());
                } while (cursor.acceptPunctuation(","));
            }
            cursor.expectPunctuation(")");
            return new CreateType(name, CreateType.TypeForm.ENUM, labels, List.of());
        }
        if (cursor.accept("range")) {
            cursor.parenthesized();
            return new CreateType(name, CreateType.TypeForm.RANGE, List.of(), List.of());
        }
        cursor.expectPunctuation("(");
        List<CreateType.Attribute> attributes = new ArrayList<>();
        if (!cursor.isPunctuation(")")) {
            do {
                String attribute = cursor.identifier();
                String type = TypeSyntax.read(cursor);
                if (cursor.accept("collate")) {
                    cursor.qualifiedName();
                }
                attributes.add(new CreateType.Attribute(attribute, type));
            } while (cursor.acceptPunctuation(","));
        }
        cursor.expectPunctuation(")");
        return new CreateType(name, CreateType.TypeForm.COMPOSITE, List.of(), attributes);
    }

    static CreateDomain createDomain(TokenCursor cursor) {
        QualifiedName name = cursor.qualifiedName();
        cursor.accept("as");
        String baseType = TypeSyntax.read(cursor);
        boolean notNull = false;
        String defaultExpression = null;
        List<String> checks = new ArrayList<>();
        while (!cursor.atEnd()) {
            if (cursor.accept("constraint")) {
                cursor.identifier();
            } else if (cursor.accept("not", "null")) {
                notNull = true;
            } else if (cursor.accept("null")) {
                notNull = false;
            } else if (cursor.accept("check")) {
                checks.add(cursor.parenthesized());
                cursor.accept("not", "valid");
            } else if (cursor.accept("collate")) {
                cursor.qualifiedName();
            } else if (cursor.accept("default")) {
                defaultExpression = cursor.expression(DOMAIN_CLAUSES);
            } else {
                throw cursor.failure("unexpected domain clause");
            }
        }
        return new CreateDomain(name, baseType, notNull, defaultExpression, checks);
    }

    static CreateSequence createSequence(TokenCursor cursor) {
        boolean ifNotExists = cursor.accept("if", "not", "exists");
        QualifiedName name = cursor.qualifiedName();
        String dataType = null;
        Long start = null;
        Long increment = null;
        Long minValue = null;
        Long maxValue = null;
        boolean cycle = false;
        String ownedBy = null;
        while (!cursor.atEnd()) {
            if (cursor.accept("as")) {
                dataType = TypeSyntax.read(cursor);
            } else if (cursor.accept("increment")) {
                cursor.accept("by");
                increment = cursor.signedNumber();
            } else if (cursor.accept("minvalue")) {
                minValue = cursor.signedNumber();
            } else if (cursor.accept("maxvalue")) {
                maxValue = cursor.signedNumber();
            } else if (cursor.accept("no", "minvalue") || cursor.accept("no", "maxvalue")
                    || cursor.accept("no", "cycle")) {
                continue;
            } else if (cursor.accept("start")) {
                cursor.accept("with");
                start = cursor.signedNumber();
            } else if (cursor.accept("cache")) {
                cursor.signedNumber();
            } else if (cursor.accept("cycle")) {
                cycle = true;
            } else if (cursor.accept("owned", "by")) {
                ownedBy = String.join(".", cursor.dottedName());
            } else {
                throw cursor.failure("unexpected sequence option");
            }
        }
        return new CreateSequence(name, ifNotExists, dataType, start, increment, minValue, maxValue, cycle,
                ownedBy);
    }

    /** After {@code ALTER SEQUENCE}. */
    static ParsedStatement alterSequence(TokenCursor cursor) {
        boolean ifExists = cursor.accept("if", "exists");
        QualifiedName name = cursor.qualifiedName();
        if (cursor.accept("rename", "to")) {
            return new ParsedStatement.Rename(ParsedStatement.ObjectKind.SEQUENCE, name, cursor.identifier(),
                    ifExists);
        }
        String ownedBy = null;
        int start = cursor.mark();
        while (!cursor.atEnd()) {
            if (cursor.accept("owned", "by")) {
                ownedBy = String.join(".", cursor.dottedName());
            } else {
                cursor.next();
            }
        }
        return new ParsedStatement.AlterSequence(name, ifExists, ownedBy, cursor.textBetween(start, cursor.mark()));
    }

    static CreateSchema createSchema(TokenCursor cursor) {
        boolean ifNotExists = cursor.accept("if", "not", "exists");
        if (cursor.accept("authorization")) {
            String role = cursor.identifier();
            return new CreateSchema(role, ifNotExists, role);
        }
        String name = cursor.identifier();
        String authorization = cursor.accept("authorization") ? cursor.identifier() : null;
        return new CreateSchema(name, ifNotExists, authorization);
    }
}
