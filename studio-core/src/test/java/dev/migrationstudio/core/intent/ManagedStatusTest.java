package dev.migrationstudio.core.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ManagedStatusTest {

    @ParameterizedTest
    @CsvSource({"1.00,MANAGED", "0.98,MANAGED", "0.80,MANAGED", "0.79,ASSISTED", "0.70,ASSISTED", "0.50,ASSISTED",
            "0.49,OPAQUE", "0.35,OPAQUE", "0.00,OPAQUE"})
    void thresholds(String confidence, ManagedStatus expected) {
        assertThat(ManagedStatus.fromConfidence(new BigDecimal(confidence))).isEqualTo(expected);
    }

    @Test
    void parsesCaseInsensitivelyAndNamesTheChoicesOnError() {
        assertThat(ManagedStatus.parse(" Assisted ")).isEqualTo(ManagedStatus.ASSISTED);
        assertThatThrownBy(() -> ManagedStatus.parse("manged")).hasMessageContaining("use managed, assisted");
    }
}
