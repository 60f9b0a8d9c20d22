package dev.migrationstudio.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationstudio.core.corpus.Corpus;
import dev.migrationstudio.core.sql.split.SqlSplitter;
import dev.migrationstudio.core.sql.split.SqlStatement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StatementSliceTest {

    /** Every .sql file of the test resources: the corpus, the lint fixtures and the split fixtures. */
    static List<Path> sqlFiles() {
        Path resources = Corpus.root().getParent();
        try (Stream<Path> files = Files.walk(resources)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".sql")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyStatementOfEveryTestScriptIsRebuiltEqualFromItsSlice() {
        List<Path> files = sqlFiles();
        assertThat(files).anyMatch(f -> f.toString().contains("/lint/")).anyMatch(f -> f.toString().contains("/corpus/"));
        int statements = 0;
        List<String> differences = new ArrayList<>();
        for (Path file : files) {
            String sql = Corpus.read(file);
            for (SqlStatement statement : SqlSplitter.split(sql).statements()) {
                StatementSlice slice = StatementSlice.of(statement, sql);
                SqlStatement rebuilt = slice == null ? null : slice.rebuild(sql);
                if (!statement.equals(rebuilt)) {
                    differences.add(file + ":" + statement.start().line());
                }
                statements++;
            }
        }
        assertThat(differences).isEmpty();
        assertThat(statements).isGreaterThan(400);
    }

    @Test
    void commentsCopyDataAndMetaCommandsAreRebuiltVerbatim() {
        String sql = "\uFEFF-- first\n/* block */\ncreate table t (a int); -- trailing\n\n"
                + "-- before copy\r\nCOPY t (a) FROM stdin;\r\n1\r\n2\r\n\\.\r\n"
                + "\\copy t from stdin\n3\n\\.\n"
                + "copy t from stdin";
        List<SqlStatement> statements = SqlSplitter.split(sql).statements();
        assertThat(statements).extracting(SqlStatement::kind).containsExactly(SqlStatement.Kind.SQL,
                SqlStatement.Kind.COPY_FROM_STDIN, SqlStatement.Kind.PSQL_META, SqlStatement.Kind.COPY_FROM_STDIN);
        assertThat(statements).extracting(SqlStatement::copyData).containsExactly(null, "1\r\n2\r\n", "3\n", "");
        for (SqlStatement statement : statements) {
            assertThat(StatementSlice.of(statement, sql).rebuild(sql)).isEqualTo(statement);
        }
    }

    @Test
    void aStatementNotInTheGivenSqlHasNoSlice() {
        SqlStatement statement = SqlSplitter.split("select 1;").statements().get(0);

        assertThat(StatementSlice.of(statement, "select 2;")).isNull();
        assertThat(StatementSlice.of(statement, "")).isNull();
    }
}
