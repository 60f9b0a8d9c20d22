package dev.migrationstudio.core.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrationstudio.core.artifact.ArtifactId;
import dev.migrationstudio.core.artifact.ArtifactStore;
import dev.migrationstudio.core.audit.AuditScope;
import dev.migrationstudio.core.audit.rls.RlsAudit;
import dev.migrationstudio.core.audit.rls.RlsReport;
import dev.migrationstudio.core.finding.Finding;
import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.audit.TestModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GateEvidenceReaderTest {
    private static final Instant AT = Instant.parse("2025-03-04T05:06:07Z");

    @TempDir
    Path dir;

    private ArtifactStore store() {
        return new ArtifactStore(dir, "test", Clock.fixed(AT, ZoneOffset.UTC));
    }

    @Test
    void readsTheFindingsOfEveryEvidenceArtifactThatExists() throws IOException {
        RlsReport report = RlsAudit.run(TestModel.model().table("public.notes", "id uuid")
                .grant("public.notes", "anon", "SELECT").build(), AuditScope.defaults()).report();
        assertThat(report.findings()).isNotEmpty();
        store().write(ArtifactId.RLS_REPORT, report);
        Finding lint = new Finding("truncate", Severity.ERROR, null, "V2__t.sql", 4, 1, "TRUNCATE", "no", "abc");
        store().write(ArtifactId.MIGRATION_LINT, Map.of("findings", List.of(lint), "futureField", 1));

        List<GateEvidence> evidence = new GateEvidenceReader(store()).readAll();

        assertThat(evidence).extracting(GateEvidence::artifact)
                .containsExactly(ArtifactId.MIGRATION_LINT, ArtifactId.RLS_REPORT);
        assertThat(evidence.get(0).findings()).containsExactly(lint);
        assertThat(evidence.get(0).producedAt()).isEqualTo(AT);
        assertThat(evidence.get(1).findings()).isEqualTo(report.findings());
    }

    @Test
    void noArtifactsMeansNoEvidence() throws IOException {
        assertThat(new GateEvidenceReader(store()).readAll()).isEmpty();
    }

    @Test
    void anArtifactWithoutFindingsNamesItsFile() throws IOException {
        store().write(ArtifactId.RPC_PLAN, Map.of("routines", List.of()));
        assertThatThrownBy(() -> new GateEvidenceReader(store()).readAll())
                .isInstanceOf(IOException.class)
                .hasMessageContaining(dir.resolve("studio.rpc.plan/1.0.0/latest.json").toString())
                .hasMessageContaining("has no findings list");
    }

    @Test
    void aBrokenFindingNamesItsFile() throws IOException {
        store().write(ArtifactId.MIGRATION_LINT, Map.of("findings", List.of(Map.of("ruleId", "truncate"))));
        assertThatThrownBy(() -> new GateEvidenceReader(store()).readAll())
                .isInstanceOf(IOException.class)
                .hasMessageContaining("studio.migration.lint/1.0.0/latest.json holds a finding the gate cannot read");
    }

    @Test
    void aFileThatIsNotJsonNamesItsFile() throws IOException {
        Path file = store().pathOf(ArtifactId.RLS_REPORT);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{ not json");
        assertThatThrownBy(() -> new GateEvidenceReader(store()).readAll())
                .isInstanceOf(IOException.class).hasMessageContaining("Cannot read artifact " + file);
    }
}
