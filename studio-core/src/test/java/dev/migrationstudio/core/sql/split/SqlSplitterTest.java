package dev.migrationstudio.core.sql.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationstudio.core.sql.split.SqlStatement.Kind;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SqlSplitterTest {

    private static List<String> texts(String sql) {
        SplitResult result = SqlSplitter.split(sql);
        assertThat(result.error()).as("split error").isNull();
        return result.statements().stream().map(SqlStatement::text).toList();
    }

    private static SplitError error(String sql) {
        SplitError error = SqlSplitter.split(sql).error();
        assertThat(error).as("expected a split error").isNotNull();
        return error;
    }

    @Nested
    class Basics {
        @Test
        void statementTextExcludesSemicolonAndSurroundingBlanks() {
            assertThat(texts("  CREATE TABLE a (id int) ;\n\nDROP TABLE b;\n"))
                    .containsExactly("CREATE TABLE a (id int)", "DROP TABLE b");
        }

        @Test
        void lastStatementNeedsNoSemicolon() {
            assertThat(texts("SELECT 1;\nSELECT 2\n")).containsExactly("SELECT 1", "SELECT 2");
        }

        @Test
        void emptyInputsGiveNoStatements() {
            assertThat(texts("")).isEmpty();
            assertThat(texts(" ;;\n ; ")).isEmpty();
            assertThat(texts("-- only a comment\n/* and another */")).isEmpty();
        }

        @Test
        void positionsPointAtTheFirstCharacterOfTheStatement() {
            SplitResult result = SqlSplitter.split("-- head\n\tSELECT 1; SELECT 2;\r\n  /* c */ SELECT 3;\rSELECT 4");
            assertThat(result.statements()).extracting(SqlStatement::start).containsExactly(
                    new SourcePosition(2, 2, 9),
                    new SourcePosition(2, 12, 19),
                    new SourcePosition(3, 11, 40),
                    new SourcePosition(4, 1, 50));
        }

        @Test
        void byteOrderMarkIsSkippedAndTakesNoColumn() {
            SplitResult result = SqlSplitter.split("\uFEFFSELECT 1");
            assertThat(result.statements()).singleElement().satisfies(s -> {
                assertThat(s.text()).isEqualTo("SELECT 1");
                assertThat(s.start()).isEqualTo(new SourcePosition(1, 1, 1));
            });
        }
    }

    @Nested
    class Strings {
        @Test
        void standardStringsDoubleTheirQuoteAndKeepBackslashesLiteral() {
            assertThat(texts("SELECT 'it''s; fine';SELECT 'C:\\';SELECT 3"))
                    .containsExactly("SELECT 'it''s; fine'", "SELECT 'C:\\'", "SELECT 3");
        }

        @Test
        void escapeStringsHonourBackslashes() {
            assertThat(texts("SELECT E'it\\'s; \\\\';SELECT e'a''b;';SELECT 3"))
                    .containsExactly("SELECT E'it\\'s; \\\\'", "SELECT e'a''b;'", "SELECT 3");
        }

        @Test
        void aWordEndingInEIsNotAnEscapeStringPrefix() {
            assertThat(texts("SELECT note'a\\';SELECT 2")).containsExactly("SELECT note'a\\'", "SELECT 2");
        }

        @Test
        void unicodeStringsAndIdentifiers() {
            assertThat(texts("SELECT U&'d\\0061t;a' AS U&\"c;ol\"\"x\";SELECT 2"))
                    .containsExactly("SELECT U&'d\\0061t;a' AS U&\"c;ol\"\"x\"", "SELECT 2");
        }

        @Test
        void quotedIdentifiersDoubleTheirQuote() {
            assertThat(texts("CREATE TABLE \"a;\"\"b\" (\"x;\" int);SELECT 2"))
                    .containsExactly("CREATE TABLE \"a;\"\"b\" (\"x;\" int)", "SELECT 2");
        }

        @Test
        void bitAndHexStringsAreOrdinaryStrings() {
            assertThat(texts("SELECT B'1;0', X'1F;';SELECT 2")).containsExactly("SELECT B'1;0', X'1F;'", "SELECT 2");
        }
    }

    @Nested
    class DollarQuotes {
        @Test
        void tagsMustMatchExactlyAndOtherTagsInsideAreText() {
            String function = "CREATE FUNCTION f() RETURNS text AS $body$ SELECT $$;$$ || $Body$; $body$ LANGUAGE sql";
            assertThat(texts(function + ";SELECT 2")).containsExactly(function, "SELECT 2");
        }

        @Test
        void parametersAreNotDollarQuotes() {
            assertThat(texts("PREPARE p(int) AS SELECT $1 + $2;SELECT '$';SELECT 3"))
                    .containsExactly("PREPARE p(int) AS SELECT $1 + $2", "SELECT '$'", "SELECT 3");
        }

        @Test
        void dollarInsideAnIdentifierIsPartOfTheName() {
            assertThat(texts("SELECT a$b$c, x$$ FROM t$1;SELECT 2"))
                    .containsExactly("SELECT a$b$c, x$$ FROM t$1", "SELECT 2");
        }

        @Test
        void loneDollarIsOrdinary() {
            assertThat(texts("SELECT $ ;SELECT $a b;SELECT 3")).containsExactly("SELECT $", "SELECT $a b", "SELECT 3");
        }

        @Test
        void aFailedCandidateGivesItsLastDollarBack() {
            // $a$ does not close $$, but its last $ plus the next one do.
            assertThat(texts("SELECT $$x$a$$;SELECT 2")).containsExactly("SELECT $$x$a$$", "SELECT 2");
        }

        @Test
        void nonAsciiTags() {
            assertThat(texts("SELECT $é$;$é$;SELECT 2")).containsExactly("SELECT $é$;$é$", "SELECT 2");
        }
    }

    @Nested
    class Comments {
        @Test
        void blockCommentsNest() {
            assertThat(texts("SELECT 1 /* a /* b; */ still; */ + 1;SELECT 2"))
                    .containsExactly("SELECT 1 /* a /* b; */ still; */ + 1", "SELECT 2");
        }

        @Test
        void lineCommentsHideQuotesAndSemicolons() {
            assertThat(texts("SELECT 1 -- it's; not the end\n + 1;SELECT 2"))
                    .containsExactly("SELECT 1 -- it's; not the end\n + 1", "SELECT 2");
        }

        @Test
        void commentsBeforeAStatementAreKeptApart() {
            SplitResult result = SqlSplitter.split("""
                    -- V3: users
                    CREATE TABLE a (id int); -- trailing note on a
                    -- studio:ignore create-index-not-concurrent -- table is empty here
                    /* second */
                    CREATE INDEX i ON a (id);
                    SELECT 3;
                    """);
            assertThat(result.statements()).extracting(SqlStatement::leadingComments).containsExactly(
                    "-- V3: users",
                    "-- studio:ignore create-index-not-concurrent -- table is empty here\n/* second */",
                    "");
            assertThat(result.statements()).extracting(SqlStatement::text)
                    .containsExactly("CREATE TABLE a (id int)", "CREATE INDEX i ON a (id)", "SELECT 3");
        }

        @Test
        void trailingCommentBeforeTheSemicolonStaysOutOfTheText() {
            assertThat(texts("SELECT 1 -- why\n;SELECT 2 /* end */")).containsExactly("SELECT 1", "SELECT 2");
        }
    }

    @Nested
    class Copy {
        @Test
        void dataBlockBelongsToTheCopyStatement() {
            SplitResult result = SqlSplitter.split("""
                    COPY t (a, b) FROM stdin WITH (FORMAT text);
                    1\tit's; "odd" $$
                    \\N\t/* not a comment */
                    \\.
                    SELECT 2;
                    """);
            assertThat(result.error()).isNull();
            assertThat(result.statements()).hasSize(2);
            SqlStatement copy = result.statements().get(0);
            assertThat(copy.kind()).isEqualTo(Kind.COPY_FROM_STDIN);
            assertThat(copy.text()).isEqualTo("COPY t (a, b) FROM stdin WITH (FORMAT text)");
            assertThat(copy.copyData()).isEqualTo("1\tit's; \"odd\" $$\n\\N\t/* not a comment */\n");
            assertThat(result.statements().get(1).text()).isEqualTo("SELECT 2");
            assertThat(result.statements().get(1).start().line()).isEqualTo(5);
        }

        @Test
        void windowsLineEndsAndEmptyData() {
            SplitResult result = SqlSplitter.split("copy t from STDIN; -- rows\r\n\\.\r\nselect 1");
            assertThat(result.error()).isNull();
            assertThat(result.statements()).extracting(SqlStatement::copyData).containsExactly("", null);
        }

        @Test
        void otherCopiesHaveNoData() {
            SplitResult result = SqlSplitter.split("COPY t TO stdout;COPY t FROM '/tmp/x';COPY (SELECT 1 FROM stdin) TO stdout");
            assertThat(result.statements()).extracting(SqlStatement::kind).containsOnly(Kind.SQL);
        }

        @Test
        void missingEndOfDataIsAnErrorAtTheCopy() {
            SplitResult result = SqlSplitter.split("SELECT 1;\nCOPY t FROM stdin;\n1\n2\nSELECT 3;\n");
            assertThat(result.statements()).extracting(SqlStatement::text).containsExactly("SELECT 1");
            assertThat(result.error().position()).isEqualTo(new SourcePosition(2, 1, 10));
            assertThat(result.error().message()).contains("\\.");
        }

        @Test
        void endOfDataMustBeAloneOnItsLine() {
            assertThat(error("COPY t FROM stdin;\n1\n\\. \nx\\.\n").message()).contains("no end-of-data");
        }

        @Test
        void statementAfterTheSemicolonOnTheSameLineIsAnError() {
            SplitError error = error("COPY t FROM stdin; SELECT 1;\n\\.\n");
            assertThat(error.position()).isEqualTo(new SourcePosition(1, 20, 19));
        }
    }

    @Nested
    class RoutineBodies {
        @Test
        void beginAtomicBodyKeepsItsSemicolons() {
            String function = """
                    CREATE OR REPLACE FUNCTION f(x int) RETURNS int LANGUAGE sql
                    BEGIN ATOMIC
                      SELECT CASE WHEN x > 0 THEN 1 ELSE 0 END;
                      SELECT x + 1;
                    END""";
            assertThat(texts(function + ";\nSELECT 2;")).containsExactly(function, "SELECT 2");
        }

        @Test
        void procedureBodyAndCaseInsideParentheses() {
            String procedure = "create procedure p() language sql begin atomic "
                    + "insert into t values ((case when true then 1 end)); delete from t; end";
            assertThat(texts(procedure + ";select 2")).containsExactly(procedure, "select 2");
        }

        @Test
        void transactionBlocksStillSplit() {
            assertThat(texts("BEGIN;\nCREATE TABLE a (x int);\nEND;\nCOMMIT;"))
                    .containsExactly("BEGIN", "CREATE TABLE a (x int)", "END", "COMMIT");
        }

        @Test
        void beginOutsideACreateFunctionIsNotABlock() {
            assertThat(texts("CREATE TABLE begin_end (\"begin\" int);SELECT 2"))
                    .containsExactly("CREATE TABLE begin_end (\"begin\" int)", "SELECT 2");
        }

        @Test
        void unclosedBodyIsAnErrorAtItsBegin() {
            SplitError error = error("SELECT 1;\nCREATE FUNCTION f() RETURNS int LANGUAGE sql\nBEGIN ATOMIC SELECT 1;\n");
            assertThat(error.position()).isEqualTo(new SourcePosition(3, 1, 55));
        }
    }

    @Nested
    class Parentheses {
        @Test
        void semicolonsInsideParenthesesDoNotSplit() {
            String rule = "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); NOTIFY t)";
            assertThat(texts(rule + ";SELECT 2")).containsExactly(rule, "SELECT 2");
        }

        @Test
        void unclosedParenthesisIsAnErrorAtTheOutermostOne() {
            SplitError error = error("SELECT 1;\nSELECT (1, (2);\nSELECT 3;");
            assertThat(error.position()).isEqualTo(new SourcePosition(2, 8, 17));
            assertThat(error.message()).contains("parenthesis");
        }

        @Test
        void extraClosingParenthesisIsLeftToTheServer() {
            assertThat(texts("SELECT 1);SELECT 2")).containsExactly("SELECT 1)", "SELECT 2");
        }
    }

    @Nested
    class PsqlMetaCommands {
        @Test
        void backslashLinesAreMetaStatements() {
            SplitResult result = SqlSplitter.split("""
                    \\set ON_ERROR_STOP on
                    -- load helpers
                    \\i helpers.sql
                    SELECT 1;
                      \\connect other
                    """);
            assertThat(result.statements()).extracting(SqlStatement::kind, SqlStatement::text).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(Kind.PSQL_META, "\\set ON_ERROR_STOP on"),
                    org.assertj.core.groups.Tuple.tuple(Kind.PSQL_META, "\\i helpers.sql"),
                    org.assertj.core.groups.Tuple.tuple(Kind.SQL, "SELECT 1"),
                    org.assertj.core.groups.Tuple.tuple(Kind.PSQL_META, "\\connect other"));
            assertThat(result.statements().get(1).leadingComments()).isEqualTo("-- load helpers");
        }

        @Test
        void metaLineEndsAStatementWithoutSemicolon() {
            assertThat(texts("SELECT 1\n\\gset\nSELECT 2")).containsExactly("SELECT 1", "\\gset", "SELECT 2");
        }

        @Test
        void metaLineContentIsNotLexed() {
            assertThat(texts("\\set x 'it''s; $$ /*\nSELECT 2")).containsExactly("\\set x 'it''s; $$ /*", "SELECT 2");
        }

        @Test
        void backslashCopyFromStdinReadsData() {
            SplitResult result = SqlSplitter.split("\\copy t (a) from stdin\n1\n\\.\nSELECT 2");
            assertThat(result.statements()).extracting(SqlStatement::copyData).containsExactly("1\n", null);
        }
    }

    @Nested
    class Errors {
        @Test
        void unterminatedConstructsAreReportedWhereTheyOpen() {
            assertThat(error("SELECT 1;\nSELECT 'abc;\n").position()).isEqualTo(new SourcePosition(2, 8, 17));
            assertThat(error("SELECT \"abc").position()).isEqualTo(new SourcePosition(1, 8, 7));
            assertThat(error("SELECT E'a\\'").position()).isEqualTo(new SourcePosition(1, 8, 7));
            assertThat(error("SELECT U&'a").position()).isEqualTo(new SourcePosition(1, 8, 7));
            assertThat(error("SELECT 1 /* a /* b */").position()).isEqualTo(new SourcePosition(1, 10, 9));
            assertThat(error("/* a").position()).isEqualTo(new SourcePosition(1, 1, 0));
            assertThat(error("DO $do$ BEGIN END $$;").position()).isEqualTo(new SourcePosition(1, 4, 3));
        }

        @Test
        void statementsBeforeTheProblemAreKept() {
            SplitResult result = SqlSplitter.split("SELECT 1;\nSELECT 2;\nDO $$ BEGIN");
            assertThat(result.statements()).extracting(SqlStatement::text).containsExactly("SELECT 1", "SELECT 2");
            assertThat(result.error().message()).contains("$$");
        }

        @Test
        void longTagsAreShortenedInTheMessage() {
            String tag = "$" + "t".repeat(500) + "$";
            assertThat(error("SELECT " + tag).message()).hasSizeLessThan(200);
        }
    }
}
