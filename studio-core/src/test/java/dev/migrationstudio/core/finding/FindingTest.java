package dev.migrationstudio.core.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingTest {

    @Test
    void fingerprintIgnoresWhitespaceButNotContent() {
        String a = FindingFingerprint.of("create-index-not-concurrent", "V1__init.sql", "CREATE INDEX i ON t (a);");
        String b = FindingFingerprint.of("create-index-not-concurrent", "V1__init.sql", "  CREATE  INDEX i\n ON t (a);\n");
        assertThat(a).isEqualTo(b).hasSize(16).matches("[0-9a-f]{16}");
        assertThat(FindingFingerprint.of("create-index-not-concurrent", "V1__init.sql", "CREATE INDEX i ON t (b);"))
                .isNotEqualTo(a);
        assertThat(FindingFingerprint.of("other-rule", "V1__init.sql", "CREATE INDEX i ON t (a);")).isNotEqualTo(a);
        assertThat(FindingFingerprint.of("create-index-not-concurrent", "V2__more.sql", "CREATE INDEX i ON t (a);"))
                .isNotEqualTo(a);
    }

    @Test
    void fieldsDoNotRunTogetherInTheFingerprint() {
        assertThat(FindingFingerprint.of("r", "ab", "c")).isNotEqualTo(FindingFingerprint.of("r", "a", "bc"));
    }

    @Test
    void objectFindingsCarryTheObjectAndNoPosition() {
        Finding finding = Finding.onObject("rls-enabled-no-policy", Severity.INFO, "public.notes", "public.notes",
                "message", null);
        assertThat(finding.file()).isNull();
        assertThat(finding.line()).isNull();
        assertThat(finding.fingerprint()).isEqualTo(FindingFingerprint.of("rls-enabled-no-policy", "public.notes",
                "public.notes"));
    }

    @Test
    void rejectsFindingsThatCannotBeLocatedOrRead() {
        assertThatThrownBy(() -> new Finding("r", Severity.ERROR, null, null, null, null, "m", null, "f"))
                .hasMessageContaining("objectId or a file");
        assertThatThrownBy(() -> new Finding("r", null, "o", null, null, null, "m", null, "f"))
                .hasMessageContaining("severity");
        assertThatThrownBy(() -> new Finding(" ", Severity.ERROR, "o", null, null, null, "m", null, "f"))
                .hasMessageContaining("ruleId");
        assertThatThrownBy(() -> new Finding("r", Severity.ERROR, null, "V1.sql", 0, 1, "m", null, "f"))
                .hasMessageContaining("1-based");
    }

    @Test
    void orderPutsErrorsFirstThenFileLineAndObject() {
        Finding info = Finding.onObject("a", Severity.INFO, "public.a", "s", "m", null);
        Finding errorB = Finding.onObject("a", Severity.ERROR, "public.b", "s", "m", null);
        Finding errorA = Finding.onObject("a", Severity.ERROR, "public.a", "s", "m", null);
        Finding lintLine9 = new Finding("a", Severity.ERROR, null, "V1.sql", 9, 1, "m", null, "x");
        Finding lintLine2 = new Finding("a", Severity.ERROR, null, "V1.sql", 2, 1, "m", null, "y");
        List<Finding> findings = new ArrayList<>(List.of(info, lintLine9, errorB, lintLine2, errorA));
        findings.sort(Finding.ORDER);
        assertThat(findings).containsExactly(errorA, errorB, lintLine2, lintLine9, info);
    }

    @Test
    void severityComparesByGravity() {
        assertThat(Severity.ERROR.isAtLeast(Severity.WARNING)).isTrue();
        assertThat(Severity.WARNING.isAtLeast(Severity.WARNING)).isTrue();
        assertThat(Severity.INFO.isAtLeast(Severity.WARNING)).isFalse();
    }
}
