package dev.migrationstudio.core.sql.parse;

import dev.migrationstudio.core.sql.parse.ParsedStatement.ObjectKind;
import dev.migrationstudio.core.sql.parse.ParsedStatement.Opaque;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Parses ONE statement (as the splitter cut it) into a {@link ParsedStatement}. DDL, security, routines and
 * utility statements go through small recursive-descent readers over a Postgres-aware tokenizer; data
 * statements go to JSqlParser for their table names. Never throws for any input: what no reader understands is an
 * {@link Opaque} with the reason. Thread-safe: instances hold no mutable state, and JSqlParser runs on a shared
 * executor instead of starting a thread per call.
 */
public final class StatementParser {
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    private static final ExecutorService SHARED_EXECUTOR = Executors.newCachedThreadPool(daemonThreads());

    private final DmlReader dmlReader;

    public StatementParser() {
        this(SHARED_EXECUTOR, DEFAULT_TIMEOUT);
    }

    /**
     * @param jsqlParserExecutor runs JSqlParser's timeout-guarded parse; must allow as many concurrent tasks as
     *                           threads calling this parser
     * @param timeout            how long one data statement may take in JSqlParser before it falls back to a scan
     */
    public StatementParser(ExecutorService jsqlParserExecutor, Duration timeout) {
        this.dmlReader = new DmlReader(jsqlParserExecutor, timeout.toMillis());
    }

    public ParsedStatement parse(String statement) {
        TokenCursor cursor = new TokenCursor(statement);
        if (cursor.atEnd()) {
            return new Opaque("empty statement");
        }
        try {
            return dispatch(cursor);
        } catch (ParseFailure e) {
            return new Opaque(e.getMessage());
        } catch (RuntimeException e) {
            // A reader bug must not stop a whole run: the statement is reported, not lost.
            return new Opaque("reader error: " + e);
        }
    }

    private ParsedStatement dispatch(TokenCursor cursor) {
        String first = cursor.peekWord();
        if (DmlReader.startsDml(first)) {
            return dmlReader.read(cursor);
        }
        if (cursor.peek().isPunctuation("(")) {
            return dmlReader.read(cursor);
        }
        cursor.next();
        return switch (first) {
            case "create" -> create(cursor);
            case "alter" -> alter(cursor);
            case "drop" -> DropReader.drop(cursor);
            case "grant" -> SecurityReader.grant(cursor);
            case "revoke" -> SecurityReader.revoke(cursor);
            case "comment" -> {
                cursor.expect("on");
                yield UtilityReader.commentOn(cursor);
            }
            case "truncate" -> UtilityReader.truncate(cursor);
            case "begin", "start", "commit", "end", "rollback", "abort", "savepoint", "release", "prepare" -> {
                cursor.reset(0);
                yield UtilityReader.transaction(cursor);
            }
            case "set" -> UtilityReader.set(cursor);
            case "reset" -> UtilityReader.reset(cursor);
            case "reindex" -> UtilityReader.reindex(cursor);
            case "copy" -> UtilityReader.copy(cursor);
            case "do" -> RoutineReader.doBlock(cursor);
            case "refresh" -> {
                cursor.expect("materialized", "view");
                boolean concurrently = cursor.accept("concurrently");
                yield new ParsedStatement.RefreshMaterializedView(cursor.qualifiedName(), concurrently);
            }
            case "" -> new Opaque("statement does not start with a keyword");
            default -> new ParsedStatement.Other(first.toUpperCase(Locale.ROOT));
        };
    }

    private static ParsedStatement create(TokenCursor cursor) {
        boolean orReplace = cursor.accept("or", "replace");
        if (cursor.accept("global") || cursor.accept("local")) {
            cursor.isWords("temp");
        }
        boolean temporary = cursor.accept("temp") || cursor.accept("temporary");
        boolean unlogged = cursor.accept("unlogged");
        cursor.accept("recursive");
        return switch (cursor.peekWord()) {
            case "table" -> TableReader.createTable(cursor, temporary, unlogged);
            case "unique" -> {
                cursor.next();
                yield ObjectReader.createIndex(cursor, true);
            }
            case "index" -> ObjectReader.createIndex(cursor, false);
            case "view", "materialized" -> ObjectReader.createView(cursor, orReplace);
            case "function", "procedure" -> RoutineReader.createFunction(cursor, orReplace);
            case "trigger" -> ObjectReader.createTrigger(cursor, orReplace, false);
            case "constraint" -> {
                cursor.next();
                yield ObjectReader.createTrigger(cursor, orReplace, true);
            }
            case "policy" -> {
                cursor.next();
                yield SecurityReader.createPolicy(cursor);
            }
            case "extension" -> {
                cursor.next();
                yield ObjectReader.createExtension(cursor);
            }
            case "type" -> {
                cursor.next();
                yield ObjectReader.createType(cursor);
            }
            case "domain" -> {
                cursor.next();
                yield ObjectReader.createDomain(cursor);
            }
            case "sequence" -> {
                cursor.next();
                yield ObjectReader.createSequence(cursor);
            }
            case "schema" -> {
                cursor.next();
                yield ObjectReader.createSchema(cursor);
            }
            case "foreign" -> {
                cursor.next();
                yield cursor.isWords("table") ? TableReader.createTable(cursor, false, false)
                        : new ParsedStatement.Other("CREATE FOREIGN");
            }
            default -> new ParsedStatement.Other("CREATE " + cursor.peekWord().toUpperCase(Locale.ROOT));
        };
    }

    private static ParsedStatement alter(TokenCursor cursor) {
        if (cursor.isWords("function") || cursor.isWords("procedure") || cursor.isWords("routine")) {
            return RoutineReader.alterFunction(cursor);
        }
        if (cursor.accept("policy")) {
            return SecurityReader.alterPolicy(cursor);
        }
        if (cursor.accept("default", "privileges")) {
            return SecurityReader.alterDefaultPrivileges(cursor);
        }
        String word = cursor.peekWord();
        ObjectKind kind = DropReader.objectKind(cursor);
        return kind == null ? new ParsedStatement.Other("ALTER " + word.toUpperCase(Locale.ROOT))
                : AlterReader.alterObject(cursor, kind);
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "studio-jsqlparser-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
