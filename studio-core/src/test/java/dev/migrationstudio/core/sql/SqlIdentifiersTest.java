package dev.migrationstudio.core.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqlIdentifiersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "users|users",
            "_private|_private",
            "user_id2|user_id2",
            "name|name",                    // unreserved keyword: bare
            "Users|\"Users\"",              // upper case would be folded
            "USERS|\"USERS\"",
            "user|\"user\"",                // reserved
            "select|\"select\"",
            "order|\"order\"",
            "int|\"int\"",                  // column-name keyword
            "left|\"left\"",                // type/function-name keyword
            "2fa|\"2fa\"",                  // starts with a digit
            "my table|\"my table\"",
            "a$b|\"a$b\"",                  // $ is legal bare after the first char, but quote_ident quotes it
            "café|\"café\"",                // non-ASCII letters are quoted
            "日本|\"日本\"",
            "a-b|\"a-b\"",
            "a.b|\"a.b\"",
            "~say \"hi\"~|~\"say \"\"hi\"\"\"~",
            "~\"~|~\"\"\"\"~",
    })
    void quotesExactlyWhenPostgresNeedsIt(String identifier, String expected) {
        assertThat(SqlIdentifiers.quote(identifier)).isEqualTo(expected);
    }

    @Test
    void rejectsWhatPostgresRejects() {
        assertThatThrownBy(() -> SqlIdentifiers.quote("")).hasMessageContaining("must not be empty");
        assertThatThrownBy(() -> SqlIdentifiers.quote(null)).hasMessageContaining("must not be empty");
        assertThatThrownBy(() -> SqlIdentifiers.quote("a\0b")).hasMessageContaining("NUL");
    }

    @Test
    void qualifiesEachPartSeparately() {
        assertThat(SqlIdentifiers.qualified("public", "User Notes")).isEqualTo("public.\"User Notes\"");
        assertThat(SqlIdentifiers.qualified("My Schema", "t")).isEqualTo("\"My Schema\".t");
    }

    @Test
    void namesRoutinesWithTheirArgumentTypes() {
        assertThat(SqlIdentifiers.routine("public", "f", List.of("uuid", "text"))).isEqualTo("public.f(uuid, text)");
        assertThat(SqlIdentifiers.routine("api", "Do It", List.of())).isEqualTo("api.\"Do It\"()");
    }
}
