package dev.migrationstudio.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlCommentsTest {

    @Test
    void removesLineAndNestedBlockComments() {
        assertThat(SqlComments.strip("select 1 -- auth.uid()\nfrom t")).isEqualTo("select 1  \nfrom t");
        assertThat(SqlComments.strip("a /* x /* nested */ still comment */ b")).isEqualTo("a   b");
    }

    @Test
    void keepsCommentMarkersInsideStringsAndQuotedIdentifiers() {
        String sql = "select '--not a comment', \"/*col*/\", 'it''s -- here' from t";
        assertThat(SqlComments.strip(sql)).isEqualTo(sql);
    }

    @Test
    void unterminatedCommentsAndStringsRunToTheEnd() {
        assertThat(SqlComments.strip("a /* open")).isEqualTo("a  ");
        assertThat(SqlComments.strip("a 'open -- x")).isEqualTo("a 'open -- x");
        assertThat(SqlComments.strip(null)).isEmpty();
    }
}
