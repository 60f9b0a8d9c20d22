package dev.migrationstudio.core.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CredentialsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:postgresql://db:5432/app?user=u&password=s3cret&ssl=true | jdbc:postgresql://db:5432/app?user=u&password=****&ssl=true",
        "jdbc:postgresql://db/app?PASSWORD=s3cret                      | jdbc:postgresql://db/app?PASSWORD=****",
        "postgresql://u:s3cret@db:5432/app                             | postgresql://u:****@db:5432/app",
        "jdbc:postgresql://db/app?sslpassword=k&user=u                 | jdbc:postgresql://db/app?sslpassword=****&user=u",
        "jdbc:postgresql://db:5432/app                                 | jdbc:postgresql://db:5432/app",
    })
    void masksPasswordsInUrls(String url, String expected) {
        assertThat(Credentials.maskUrl(url)).isEqualTo(expected);
    }

    @Test
    void scrubRemovesAnEchoedPassword() {
        assertThat(Credentials.scrub("FATAL: password \"hunter22\" rejected for jdbc:postgresql://x/y?password=hunter22",
                "hunter22")).doesNotContain("hunter22");
    }

    @Test
    void settingsNeverPrintThePassword() {
        ConnectionSettings settings = new ConnectionSettings("jdbc:postgresql://db/app?password=abc123", "u",
                "abc123", Duration.ofSeconds(2), "studio.url");
        assertThat(settings.toString()).doesNotContain("abc123").contains("****");
    }
}
