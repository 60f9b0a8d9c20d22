package dev.migrationstudio.core.sql.parse;

import dev.migrationstudio.core.sql.parse.ParsedStatement.Dml;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.merge.Merge;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.util.TablesNamesFinder;

/**
 * INSERT, UPDATE, DELETE, MERGE and SELECT: which tables they touch. JSqlParser finds every table a query reads
 * (joins, subqueries, CTEs); when it rejects the statement, a token scan of FROM/JOIN/INTO/UPDATE still names the
 * tables, so the answer degrades instead of disappearing.
 */
final class DmlReader {
    private static final Set<String> TABLE_INTRODUCERS = Set.of("from", "join", "into", "update", "using");
    private static final Set<String> QUERY_WORDS = Set.of("select", "from", "with", "table", "join");
    private static final Set<String> NOT_TABLES = Set.of("select", "lateral", "only", "unnest", "values", "set");

    private final ExecutorService executor;
    private final long timeoutMillis;

    DmlReader(ExecutorService executor, long timeoutMillis) {
        this.executor = executor;
        this.timeoutMillis = timeoutMillis;
    }

    static boolean startsDml(String firstWord) {
        return Set.of("insert", "update", "delete", "merge", "select", "with", "values", "table")
                .contains(firstWord);
    }

    ParsedStatement read(TokenCursor cursor) {
        Dml plainInsert = plainInsertValues(cursor);
        if (plainInsert != null) {
            return plainInsert;
        }
        Statement statement;
        try {
            statement = CCJSqlParserUtil.parse(cursor.sql(), executor, parser -> parser.withTimeOut(timeoutMillis));
        } catch (JSQLParserException | RuntimeException e) {
            statement = null;
        }
        Dml.Kind kind = statement == null ? kindFromTokens(cursor) : kindOf(statement);
        if (kind == null) {
            return new ParsedStatement.Opaque("not a data statement JSqlParser or the token scan recognise");
        }
        if (statement == null) {
            return new Dml(kind, new ArrayList<>(tablesFromTokens(cursor)));
        }
        Set<QualifiedName> tables = new LinkedHashSet<>();
        String written = writtenTable(statement);
        if (written != null) {
            addName(tables, written);
        }
        new TablesNamesFinder<>().getTables(statement).stream().sorted().forEach(table -> addName(tables, table));
        return new Dml(kind, new ArrayList<>(tables));
    }

    private static Dml.Kind kindOf(Statement statement) {
        if (statement instanceof Insert) {
            return Dml.Kind.INSERT;
        }
        if (statement instanceof Update) {
            return Dml.Kind.UPDATE;
        }
        if (statement instanceof Delete) {
            return Dml.Kind.DELETE;
        }
        if (statement instanceof Merge) {
            return Dml.Kind.MERGE;
        }
        return statement instanceof Select ? Dml.Kind.SELECT : null;
    }

    private static String writtenTable(Statement statement) {
        if (statement instanceof Insert insert) {
            return insert.getTable().getFullyQualifiedName();
        }
        if (statement instanceof Update update) {
            return update.getTable().getFullyQualifiedName();
        }
        if (statement instanceof Delete delete && delete.getTable() != null) {
            return delete.getTable().getFullyQualifiedName();
        }
        if (statement instanceof Merge merge && merge.getTable() != null) {
            return merge.getTable().getFullyQualifiedName();
        }
        return null;
    }

    private static void addName(Set<QualifiedName> tables, String written) {
        QualifiedName name = nameOf(written);
        if (name != null) {
            tables.add(name);
        }
    }

    /** The first data verb outside parentheses (after a WITH list, the main statement's verb). */
    private static Dml.Kind kindFromTokens(TokenCursor cursor) {
        int depth = 0;
        for (int i = 0; cursor.peek(i).type() != Token.Type.END; i++) {
            Token token = cursor.peek(i);
            if (token.isPunctuation("(")) {
                depth++;
            } else if (token.isPunctuation(")")) {
                depth--;
            } else if (depth == 0 && token.type() == Token.Type.WORD) {
                switch (token.value()) {
                    case "insert": return Dml.Kind.INSERT;
                    case "update": return Dml.Kind.UPDATE;
                    case "delete": return Dml.Kind.DELETE;
                    case "merge": return Dml.Kind.MERGE;
                    case "select", "values", "table": return Dml.Kind.SELECT;
                    default: break;
                }
            }
        }
        return null;
    }

    /**
     * {@code INSERT INTO t [(cols)] VALUES ...} with no query anywhere in it (seed data, mostly) touches only
     * {@code t}; answering from the tokens skips JSqlParser, which spends most of a history's parse time on such rows.
     * Anything else (a SELECT, a CTE, a FROM in ON CONFLICT ... WHERE) returns null and takes the full route.
     */
    private static Dml plainInsertValues(TokenCursor cursor) {
        int start = cursor.mark();
        try {
            if (!cursor.accept("insert", "into") || !cursor.peek().isIdentifier()) {
                return null;
            }
            QualifiedName table = cursor.qualifiedName();
            boolean sawValues = false;
            while (cursor.peek().type() != Token.Type.END) {
                Token token = cursor.next();
                if (token.type() == Token.Type.WORD) {
                    if (QUERY_WORDS.contains(token.value())) {
                        return null;
                    }
                    sawValues |= token.value().equals("values");
                }
            }
            return sawValues ? new Dml(Dml.Kind.INSERT, new ArrayList<>(List.of(table))) : null;
        } catch (ParseFailure e) {
            return null;
        } finally {
            cursor.reset(start);
        }
    }

    /** Names after FROM/JOIN/INTO/UPDATE/USING in order, so the written table comes first. */
    private static Set<QualifiedName> tablesFromTokens(TokenCursor cursor) {
        Set<QualifiedName> tables = new LinkedHashSet<>();
        int start = cursor.mark();
        try {
            while (cursor.peek().type() != Token.Type.END) {
                Token token = cursor.next();
                if (token.type() == Token.Type.WORD && TABLE_INTRODUCERS.contains(token.value())) {
                    cursor.accept("only");
                    if (cursor.peek().isIdentifier() && !NOT_TABLES.contains(cursor.peekWord())
                            && !cursor.peek(1).isPunctuation("(")) {
                        tables.add(cursor.qualifiedName());
                    }
                }
            }
        } catch (ParseFailure e) {
            // A name cut short at the end of the statement: keep what was found.
        } finally {
            cursor.reset(start);
        }
        return tables;
    }

    private static QualifiedName nameOf(String written) {
        try {
            TokenCursor cursor = new TokenCursor(written);
            QualifiedName name = cursor.qualifiedName();
            return cursor.atEnd() ? name : null;
        } catch (ParseFailure e) {
            return null;
        }
    }
}
