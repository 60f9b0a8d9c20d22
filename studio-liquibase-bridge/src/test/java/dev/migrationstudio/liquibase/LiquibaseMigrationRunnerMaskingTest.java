package dev.migrationstudio.liquibase;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LiquibaseMigrationRunnerMaskingTest {

    @Test
    void passwordsInUrlParametersUserInfoAndTextAreMasked() {
        String text = "cannot reach jdbc:postgresql://app:pa55@db:5432/shop?user=app&password=pa55&ssl=true (pa55)";

        String masked = LiquibaseMigrationRunner.masked(text, "pa55");

        assertThat(masked)
                .doesNotContain("pa55")
                .contains("//app:****@db:5432/shop", "password=****&ssl=true", "(****)");
    }

    @Test
    void causesThatCarryAPasswordAreRecognisedAndMaskedOnesAreNot() {
        Exception carrying = new Exception("wrapper", new IllegalStateException("url ...?password=hunter2"));
        Exception alreadyMasked = new Exception("Connection could not be created to jdbc:postgresql://h/db?password=*****");

        assertThat(LiquibaseMigrationRunner.mentionsSecret(carrying, null)).isTrue();
        assertThat(LiquibaseMigrationRunner.mentionsSecret(new Exception("said hunter2"), "hunter2")).isTrue();
        assertThat(LiquibaseMigrationRunner.mentionsSecret(alreadyMasked, "hunter2")).isFalse();
    }
}
