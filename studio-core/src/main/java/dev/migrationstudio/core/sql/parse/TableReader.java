package dev.migrationstudio.core.sql.parse;

import dev.migrationstudio.core.sql.parse.ParsedStatement.AlterTable;
import dev.migrationstudio.core.sql.parse.ParsedStatement.CreateTable;
import dev.migrationstudio.core.sql.parse.ParsedStatement.ObjectKind;
import dev.migrationstudio.core.sql.parse.ParsedStatement.Rename;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** CREATE TABLE and ALTER TABLE. */
final class TableReader {
    private static final Set<String> USING_STOP = Set.of();

    private TableReader() {
    }

    /** After {@code CREATE [TEMP|UNLOGGED]}, at {@code TABLE}. */
    static CreateTable createTable(TokenCursor cursor, boolean temporary, boolean unlogged) {
        cursor.expect("table");
        boolean ifNotExists = cursor.accept("if", "not", "exists");
        QualifiedName table = cursor.qualifiedName();
        List<ColumnDefinition> columns = new ArrayList<>();
        List<TableConstraint> constraints = new ArrayList<>();
        List<TableLike> likes = new ArrayList<>();
        QualifiedName partitionOf = null;
        String partitionBound = null;
        String asQuery = null;
        if (cursor.accept("partition", "of")) {
            partitionOf = cursor.qualifiedName();
            if (cursor.isPunctuation("(")) {
                tableElements(cursor, columns, constraints, likes);
            }
            int boundStart = cursor.mark();
            if (!cursor.accept("default")) {
                cursor.expect("for", "values");
                skipPartitionBound(cursor);
            }
            partitionBound = cursor.textBetween(boundStart, cursor.mark());
        } else if (cursor.accept("of")) {
            cursor.qualifiedName();
        } else if (cursor.isPunctuation("(")) {
            tableElements(cursor, columns, constraints, likes);
        }
        List<QualifiedName> inherits = List.of();
        String partitionBy = null;
        while (!cursor.atEnd()) {
            if (cursor.accept("inherits")) {
                cursor.expectPunctuation("(");
                inherits = cursor.qualifiedNames();
                cursor.expectPunctuation(")");
            } else if (cursor.accept("partition", "by")) {
                int start = cursor.mark();
                cursor.identifier();
                cursor.parenthesized();
                partitionBy = cursor.textBetween(start, cursor.mark());
            } else if (cursor.accept("using") || cursor.accept("tablespace")) {
                cursor.identifier();
            } else if (cursor.accept("with")) {
                if (cursor.isPunctuation("(")) {
                    cursor.parenthesized();
                } else {
                    cursor.accept("oids");
                }
            } else if (cursor.accept("without", "oids")) {
                continue;
            } else if (cursor.accept("on", "commit")) {
                cursor.next();
                cursor.accept("rows");
            } else if (cursor.accept("as")) {
                asQuery = cursor.rest();
            } else {
                throw cursor.failure("unexpected table option");
            }
        }
        return new CreateTable(table, ifNotExists, unlogged, temporary, columns, constraints, partitionBy,
                partitionOf, partitionBound, inherits, asQuery, likes);
    }

    private static void tableElements(TokenCursor cursor, List<ColumnDefinition> columns,
            List<TableConstraint> constraints, List<TableLike> likes) {
        cursor.expectPunctuation("(");
        if (cursor.acceptPunctuation(")")) {
            return;
        }
        do {
            if (ConstraintSyntax.startsTableConstraint(cursor)) {
                constraints.add(ConstraintSyntax.tableConstraint(cursor));
            } else if (cursor.accept("like")) {
                likes.add(like(cursor, columns.size()));
            } else {
                columns.add(ConstraintSyntax.column(cursor));
            }
        } while (cursor.acceptPunctuation(","));
        cursor.expectPunctuation(")");
    }

    /** {@code LIKE source INCLUDING ALL EXCLUDING INDEXES}: the options left included, lower case. */
    private static TableLike like(TokenCursor cursor, int position) {
        QualifiedName source = cursor.qualifiedName();
        Set<String> included = new TreeSet<>();
        while (cursor.isWords("including") || cursor.isWords("excluding")) {
            boolean including = cursor.accept("including");
            if (!including) {
                cursor.accept("excluding");
            }
            String option = cursor.identifier();
            List<String> options = option.equals("all") ? TableLike.ALL_OPTIONS : List.of(option);
            if (including) {
                included.addAll(options);
            } else {
                options.forEach(included::remove);
            }
        }
        return new TableLike(source, List.copyOf(included), position);
    }

    private static void skipPartitionBound(TokenCursor cursor) {
        if (cursor.accept("in") || cursor.accept("with")) {
            cursor.parenthesized();
        } else {
            cursor.expect("from");
            cursor.parenthesized();
            cursor.expect("to");
            cursor.parenthesized();
        }
    }

    /** After {@code ALTER TABLE}. A lone {@code RENAME TO} becomes a {@link Rename}. */
    static ParsedStatement alterTable(TokenCursor cursor, ObjectKind kind) {
        boolean ifExists = cursor.accept("if", "exists");
        boolean only = cursor.accept("only");
        QualifiedName table = cursor.qualifiedName();
        cursor.acceptOperator("*");
        if (cursor.accept("rename", "to")) {
            return new Rename(kind, table, cursor.identifier(), ifExists);
        }
        List<AlterAction> actions = new ArrayList<>();
        do {
            actions.add(action(cursor));
        } while (cursor.acceptPunctuation(","));
        cursor.expectEnd();
        return new AlterTable(table, ifExists, only, actions);
    }

    private static AlterAction action(TokenCursor cursor) {
        int start = cursor.mark();
        if (cursor.accept("add")) {
            if (ConstraintSyntax.startsTableConstraint(cursor)) {
                return new AlterAction.AddConstraint(ConstraintSyntax.tableConstraint(cursor));
            }
            cursor.accept("column");
            boolean ifNotExists = cursor.accept("if", "not", "exists");
            return new AlterAction.AddColumn(ConstraintSyntax.column(cursor), ifNotExists);
        }
        if (cursor.accept("drop", "constraint")) {
            boolean ifExists = cursor.accept("if", "exists");
            String name = cursor.identifier();
            return new AlterAction.DropConstraint(name, ifExists, dropBehaviour(cursor));
        }
        if (cursor.accept("drop")) {
            cursor.accept("column");
            boolean ifExists = cursor.accept("if", "exists");
            String name = cursor.identifier();
            return new AlterAction.DropColumn(name, ifExists, dropBehaviour(cursor));
        }
        if (cursor.accept("alter")) {
            return alterColumn(cursor, start);
        }
        if (cursor.accept("validate", "constraint")) {
            return new AlterAction.ValidateConstraint(cursor.identifier());
        }
        if (cursor.accept("rename", "constraint")) {
            String from = cursor.identifier();
            cursor.expect("to");
            return new AlterAction.RenameConstraint(from, cursor.identifier());
        }
        if (cursor.accept("rename")) {
            cursor.accept("column");
            String from = cursor.identifier();
            cursor.expect("to");
            return new AlterAction.RenameColumn(from, cursor.identifier());
        }
        if (cursor.accept("enable", "row", "level", "security")) {
            return new AlterAction.EnableRls();
        }
        if (cursor.accept("disable", "row", "level", "security")) {
            return new AlterAction.DisableRls();
        }
        if (cursor.accept("force", "row", "level", "security")) {
            return new AlterAction.ForceRls();
        }
        if (cursor.accept("no", "force", "row", "level", "security")) {
            return new AlterAction.NoForceRls();
        }
        if (cursor.accept("attach", "partition")) {
            QualifiedName partition = cursor.qualifiedName();
            int boundStart = cursor.mark();
            if (!cursor.accept("default")) {
                cursor.expect("for", "values");
                skipPartitionBound(cursor);
            }
            return new AlterAction.AttachPartition(partition, cursor.textBetween(boundStart, cursor.mark()));
        }
        if (cursor.accept("detach", "partition")) {
            QualifiedName partition = cursor.qualifiedName();
            boolean concurrently = cursor.accept("concurrently");
            return new AlterAction.DetachPartition(partition, concurrently, cursor.accept("finalize"));
        }
        if (cursor.accept("set", "logged")) {
            return new AlterAction.SetLogged(true);
        }
        if (cursor.accept("set", "unlogged")) {
            return new AlterAction.SetLogged(false);
        }
        if (cursor.accept("set", "schema")) {
            return new AlterAction.SetSchema(cursor.identifier());
        }
        if (cursor.accept("owner", "to")) {
            return new AlterAction.OwnerTo(cursor.identifier());
        }
        return other(cursor, start);
    }

    private static AlterAction alterColumn(TokenCursor cursor, int start) {
        cursor.accept("column");
        String column = cursor.identifier();
        if (cursor.accept("type") || cursor.accept("set", "data", "type")) {
            String type = TypeSyntax.read(cursor);
            String collation = cursor.accept("collate") ? cursor.qualifiedName().name() : null;
            String using = cursor.accept("using") ? cursor.expression(USING_STOP) : null;
            return new AlterAction.AlterColumnType(column, type, collation, using);
        }
        if (cursor.accept("set", "default")) {
            return new AlterAction.SetDefault(column, cursor.expression(USING_STOP));
        }
        if (cursor.accept("drop", "default")) {
            return new AlterAction.DropDefault(column);
        }
        if (cursor.accept("set", "not", "null")) {
            return new AlterAction.SetNotNull(column);
        }
        if (cursor.accept("drop", "not", "null")) {
            return new AlterAction.DropNotNull(column);
        }
        if (cursor.accept("drop", "identity")) {
            return new AlterAction.DropIdentity(column, cursor.accept("if", "exists"));
        }
        if (cursor.accept("add", "generated")) {
            ColumnDefinition.Identity identity = cursor.accept("always") ? ColumnDefinition.Identity.ALWAYS
                    : ColumnDefinition.Identity.BY_DEFAULT;
            cursor.accept("by", "default");
            cursor.expect("as", "identity");
            ConstraintSyntax.skipSequenceOptions(cursor);
            return new AlterAction.AddIdentity(column, identity);
        }
        return other(cursor, start);
    }

    private static boolean dropBehaviour(TokenCursor cursor) {
        if (cursor.accept("cascade")) {
            return true;
        }
        cursor.accept("restrict");
        return false;
    }

    /** Keeps an action we do not model as its text, up to the next top-level comma. */
    private static AlterAction other(TokenCursor cursor, int start) {
        cursor.reset(start);
        return new AlterAction.Other(cursor.expression(USING_STOP));
    }
}
