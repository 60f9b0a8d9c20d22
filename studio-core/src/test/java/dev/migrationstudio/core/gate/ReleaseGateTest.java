package dev.migrationstudio.core.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrationstudio.core.artifact.ArtifactId;
import dev.migrationstudio.core.finding.Finding;
import dev.migrationstudio.core.finding.Severity;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReleaseGateTest {
    private static final Instant AT = Instant.parse("2025-01-02T03:04:05Z");
    private static final Finding LINT_ERROR = new Finding("truncate", Severity.ERROR, null, "V3__wipe.sql", 2, 1,
            "TRUNCATE deletes every row", null, "f1");
    private static final Finding LINT_WARNING = new Finding("drop-column", Severity.WARNING, null, "V4__drop.sql", 1,
            1, "Dropping a column breaks old code", null, "f2");
    private static final Finding LINT_INFO = new Finding("prefer-jsonb", Severity.INFO, null, "V1__init.sql", 3, 5,
            "Prefer jsonb", null, "f3");
    private static final Finding RLS_GAP = Finding.onObject("rls-disabled-in-exposed-schema", Severity.ERROR,
            "public.notes", "public.notes", "RLS off on public.notes", null);

    private static GateEvidence evidence(ArtifactId id, Finding... findings) {
        return new GateEvidence(id, AT, List.of(findings));
    }

    @Test
    void noEvidenceMeansNoValidationAndNamesWhatIsMissing() {
        GateResult result = ReleaseGate.evaluate(List.of(), FailOn.ERROR);
        assertThat(result.status()).isEqualTo(GateStatus.NO_VALIDATION);
        assertThat(result.missingEvidence())
                .containsExactly("studio.migration.lint", "studio.rls.report", "studio.rpc.plan");
        assertThat(result.summary()).contains("no_validation").contains("studio.rls.report");
    }

    @Test
    void anErrorLintFindingFails() {
        GateResult result = ReleaseGate.evaluate(List.of(evidence(ArtifactId.MIGRATION_LINT, LINT_ERROR, LINT_INFO)),
                FailOn.ERROR);
        assertThat(result.status()).isEqualTo(GateStatus.FAIL);
        assertThat(result.blocking()).containsExactly(LINT_ERROR);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.missingEvidence()).containsExactly("studio.rls.report", "studio.rpc.plan");
        assertThat(result.findingsBySeverity()).containsEntry("error", 1).containsEntry("warning", 0)
                .containsEntry("info", 1);
    }

    @Test
    void anRlsGapFailsEvenWhenLintIsClean() {
        GateResult result = ReleaseGate.evaluate(List.of(evidence(ArtifactId.MIGRATION_LINT),
                evidence(ArtifactId.RLS_REPORT, RLS_GAP), evidence(ArtifactId.RPC_PLAN)), FailOn.ERROR);
        assertThat(result.status()).isEqualTo(GateStatus.FAIL);
        assertThat(result.blocking()).containsExactly(RLS_GAP);
        assertThat(result.missingEvidence()).isEmpty();
        assertThat(result.evidence()).extracting(GateResult.EvidenceUsed::artifact)
                .containsExactly("studio.migration.lint", "studio.rls.report", "studio.rpc.plan");
    }

    @Test
    void warningsPassWithAWarningListAndInfoIsLeftOut() {
        GateResult result = ReleaseGate.evaluate(List.of(evidence(ArtifactId.MIGRATION_LINT, LINT_WARNING, LINT_INFO)),
                FailOn.ERROR);
        assertThat(result.status()).isEqualTo(GateStatus.PASS);
        assertThat(result.blocking()).isEmpty();
        assertThat(result.warnings()).containsExactly(LINT_WARNING);
        assertThat(result.summary()).isEqualTo("Release gate: pass (failOn=error): 1 warning(s)");
    }

    @Test
    void emptyEvidencePasses() {
        GateResult result = ReleaseGate.evaluate(List.of(evidence(ArtifactId.RLS_REPORT)), FailOn.ERROR);
        assertThat(result.status()).isEqualTo(GateStatus.PASS);
    }

    @Test
    void failOnWarningMakesWarningsBlock() {
        GateResult result = ReleaseGate.evaluate(List.of(evidence(ArtifactId.MIGRATION_LINT, LINT_WARNING, LINT_INFO)),
                FailOn.WARNING);
        assertThat(result.status()).isEqualTo(GateStatus.FAIL);
        assertThat(result.blocking()).containsExactly(LINT_WARNING);
        assertThat(result.failOn()).isEqualTo("warning");
    }

    @Test
    void failOnNoneNeverBlocksButStillListsErrorsAndWarnings() {
        GateResult result = ReleaseGate.evaluate(List.of(evidence(ArtifactId.MIGRATION_LINT, LINT_ERROR, LINT_WARNING),
                evidence(ArtifactId.RLS_REPORT, RLS_GAP)), FailOn.NONE);
        assertThat(result.status()).isEqualTo(GateStatus.PASS);
        assertThat(result.blocking()).isEmpty();
        assertThat(result.warnings()).containsExactly(RLS_GAP, LINT_ERROR, LINT_WARNING);
    }

    @Test
    void theSameFindingInTwoArtifactsCountsOnce() {
        GateResult result = ReleaseGate.evaluate(List.of(evidence(ArtifactId.RLS_REPORT, RLS_GAP),
                evidence(ArtifactId.RPC_PLAN, RLS_GAP)), FailOn.ERROR);
        assertThat(result.blocking()).hasSize(1);
        assertThat(result.findingsBySeverity()).containsEntry("error", 1);
    }

    @Test
    void failOnParsesItsThreeValuesAndNamesThemOnATypo() {
        assertThat(FailOn.parse("error")).isEqualTo(FailOn.ERROR);
        assertThat(FailOn.parse(" WARNING ")).isEqualTo(FailOn.WARNING);
        assertThat(FailOn.parse("none")).isEqualTo(FailOn.NONE);
        assertThat(FailOn.parse(null)).isEqualTo(FailOn.ERROR);
        assertThatThrownBy(() -> FailOn.parse("errors"))
                .hasMessage("Unknown failOn 'errors': use error, warning or none");
    }
}
