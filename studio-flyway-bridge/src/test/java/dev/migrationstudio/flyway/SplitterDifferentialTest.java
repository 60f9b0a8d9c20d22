package dev.migrationstudio.flyway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationstudio.core.corpus.Corpus;
import dev.migrationstudio.core.sql.split.SplitResult;
import dev.migrationstudio.core.sql.split.SqlSplitter;
import dev.migrationstudio.core.sql.split.SqlStatement;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.internal.parser.ParsingContext;
import org.flywaydb.core.internal.resource.StringResource;
import org.flywaydb.core.internal.sqlscript.ParsedSqlStatement;
import org.flywaydb.core.internal.sqlscript.SqlStatementIterator;
import org.flywaydb.database.postgresql.PostgreSQLCopyParsedStatement;
import org.flywaydb.database.postgresql.PostgreSQLParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our splitter against Flyway 11's own {@link PostgreSQLParser} (the parser Flyway migrates with), on every SQL file
 * of the corpus: same statements, same start line, column and offset, same COPY rows.
 *
 * <p>Flyway's parser is driven offline: {@code new PostgreSQLParser(configuration, new ParsingContext())} and
 * {@code parse(new StringResource(sql))} need no connection. Each parse runs on a daemon thread with a timeout,
 * because that parser never returns on {@code COPY ... FROM stdin} without a closing {@code \.} (a busy loop that
 * cannot be interrupted, which is why no test here feeds it one).
 *
 * <p>Normalization: Flyway keeps the comments before a statement (even one trailing the previous statement's line)
 * and those between its last token and the semicolon inside the statement text; we keep leading comments apart and
 * drop trailing ones. So comments at both ends are removed from Flyway's text and runs of blanks are collapsed on
 * both sides before comparing.
 *
 * <p>Known, justified differences (each pinned by a test below, so a change on either side is noticed):
 * <ul>
 *   <li>{@code $1} outside a dollar quote (a SQL-standard {@code RETURN $1 + 1} body, PREPARE): Flyway takes the
 *       {@code $} as a dollar quote and swallows the rest of the file into one statement; the server and we read a
 *       parameter.</li>
 *   <li>psql meta-command lines ({@code \set}, {@code \i}): Flyway glues them to the next statement (the server
 *       would then reject it); we return them as separate PSQL_META statements.</li>
 *   <li>An unclosed parenthesis: both keep every later {@code ;} inside the statement, but Flyway silently returns
 *       the rest of the file as one statement; we return a positioned error.</li>
 *   <li>A byte order mark: Flyway drops it before counting offsets; we count it (offset 1 for the first
 *       statement, so offsets index the string given). Lines and columns agree. The corpus has no BOM, and
 *       ScriptDecoder removes it when reading a file.</li>
 * </ul>
 */
class SplitterDifferentialTest {
    private static final long FLYWAY_TIMEOUT_SECONDS = 20;
    private static final ExecutorService FLYWAY = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "flyway-parser-oracle");
        thread.setDaemon(true);
        return thread;
    });

    @AfterAll
    static void shutdown() {
        FLYWAY.shutdownNow();
    }

    static Stream<Path> corpusSqlFiles() {
        List<Path> files = Corpus.allSqlFiles();
        assertThat(files).hasSizeGreaterThan(30);
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusSqlFiles")
    void splitsLikeFlyway(Path file) throws Exception {
        String sql = Corpus.read(file);
        List<Cut> flyway = flywayCuts(sql, file.getFileName().toString());
        SplitResult ours = SqlSplitter.split(sql);
        assertThat(ours.error()).as("our split error").isNull();
        assertThat(ours.statements().stream().map(SplitterDifferentialTest::ourCut).toList())
                .as(file.toString())
                .containsExactlyElementsOf(flyway);
    }

    @Test
    void dollarParameterOutsideQuotesSwallowsTheRestInFlywayOnly() throws Exception {
        String sql = "CREATE FUNCTION add_one(int) RETURNS int LANGUAGE sql IMMUTABLE RETURN $1 + 1;\n"
                + "CREATE TABLE t (id int);\n";
        assertThat(flywayCuts(sql, "inline")).hasSize(1);
        assertThat(SqlSplitter.split(sql).statements()).extracting(SqlStatement::text)
                .containsExactly("CREATE FUNCTION add_one(int) RETURNS int LANGUAGE sql IMMUTABLE RETURN $1 + 1",
                        "CREATE TABLE t (id int)");
    }

    @Test
    void psqlMetaLinesAreGluedToTheNextStatementByFlyway() throws Exception {
        String sql = "\\set ON_ERROR_STOP on\nSELECT 1;\n";
        assertThat(flywayCuts(sql, "inline")).extracting(Cut::text).containsExactly("\\set ON_ERROR_STOP on SELECT 1");
        assertThat(SqlSplitter.split(sql).statements()).extracting(SqlStatement::kind)
                .containsExactly(SqlStatement.Kind.PSQL_META, SqlStatement.Kind.SQL);
    }

    @Test
    void unclosedParenthesisIsSilentInFlywayAndAnErrorForUs() throws Exception {
        String sql = "SELECT (1;\nSELECT 2;\n";
        assertThat(flywayCuts(sql, "inline")).extracting(Cut::text).containsExactly("SELECT (1; SELECT 2;");
        assertThat(SqlSplitter.split(sql).error().position().offset()).isEqualTo(7);
    }

    @Test
    void byteOrderMarkShiftsOffsetsOnly() throws Exception {
        String sql = "\uFEFFSELECT 1;\nSELECT 2";
        List<Cut> flyway = flywayCuts(sql, "inline");
        List<SqlStatement> ours = SqlSplitter.split(sql).statements();
        assertThat(ours).hasSameSizeAs(flyway);
        for (int i = 0; i < ours.size(); i++) {
            assertThat(ours.get(i).start().line()).isEqualTo(flyway.get(i).line());
            assertThat(ours.get(i).start().column()).isEqualTo(flyway.get(i).column());
            assertThat(ours.get(i).start().offset()).isEqualTo(flyway.get(i).offset() + 1);
        }
    }

    /** One statement as both sides can describe it. */
    record Cut(int line, int column, int offset, String text, String copyData) {
    }

    private static Cut ourCut(SqlStatement s) {
        return new Cut(s.start().line(), s.start().column(), s.start().offset(), collapseBlanks(s.text()),
                s.copyData());
    }

    private static List<Cut> flywayCuts(String sql, String name) throws Exception {
        Future<List<Cut>> parse = FLYWAY.submit(() -> parseWithFlyway(sql));
        try {
            return parse.get(FLYWAY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("Flyway's PostgreSQLParser did not return within " + FLYWAY_TIMEOUT_SECONDS
                    + " s on " + name + " (it loops forever on COPY FROM stdin without \\.)", e);
        } catch (ExecutionException e) {
            throw new AssertionError("Flyway's PostgreSQLParser failed on " + name, e.getCause());
        }
    }

    private static List<Cut> parseWithFlyway(String sql) throws ReflectiveOperationException {
        PostgreSQLParser parser = new PostgreSQLParser(Flyway.configure().placeholderReplacement(false),
                new ParsingContext());
        List<Cut> cuts = new ArrayList<>();
        try (SqlStatementIterator statements = parser.parse(new StringResource(sql))) {
            while (statements.hasNext()) {
                ParsedSqlStatement s = (ParsedSqlStatement) statements.next();
                String data = s instanceof PostgreSQLCopyParsedStatement copy ? copyData(copy) : null;
                cuts.add(new Cut(s.getLine(), s.getCol(), s.getPos(), collapseBlanks(stripEdgeComments(s.getSql())),
                        data));
            }
        }
        return cuts;
    }

    /** Flyway keeps the rows in a private field and offers no getter. */
    private static String copyData(PostgreSQLCopyParsedStatement copy) throws ReflectiveOperationException {
        Field field = PostgreSQLCopyParsedStatement.class.getDeclaredField("copyData");
        field.setAccessible(true);
        return (String) field.get(copy);
    }

    /** Removes comments and blanks before the first token and after the last one (comments do not nest here). */
    static String stripEdgeComments(String sql) {
        String s = sql.strip();
        boolean changed = true;
        while (changed) {
            changed = false;
            if (s.startsWith("--")) {
                int end = s.indexOf('\n');
                s = end < 0 ? "" : s.substring(end + 1).strip();
                changed = true;
            } else if (s.startsWith("/*") && s.indexOf("*/") > 0) {
                s = s.substring(s.indexOf("*/") + 2).strip();
                changed = true;
            }
            int lastLine = s.lastIndexOf('\n') + 1;
            int lineComment = lineCommentStart(s, lastLine);
            if (lineComment >= 0) {
                s = s.substring(0, lineComment).strip();
                changed = true;
            } else if (s.endsWith("*/") && s.lastIndexOf("/*") >= 0) {
                s = s.substring(0, s.lastIndexOf("/*")).strip();
                changed = true;
            }
        }
        return s;
    }

    /** Start of a {@code --} comment on the line starting at {@code from}, outside single quotes, or -1. */
    private static int lineCommentStart(String s, int from) {
        boolean quoted = false;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '-' && i + 1 < s.length() && s.charAt(i + 1) == '-') {
                return i;
            }
        }
        return -1;
    }

    private static String collapseBlanks(String sql) {
        return sql.strip().replaceAll("\\s+", " ");
    }
}
