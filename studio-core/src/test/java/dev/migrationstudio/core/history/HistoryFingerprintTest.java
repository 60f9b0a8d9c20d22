package dev.migrationstudio.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationstudio.core.source.MigrationScript;
import dev.migrationstudio.core.source.SourceProblem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryFingerprintTest {
    private static final MigrationScript V1 = script("1", "create table a (id int);", true);
    private static final MigrationScript V2 = script("2", "create table b (id int);", true);

    private static MigrationScript script(String version, String sql, boolean transactional) {
        return new MigrationScript("V" + version, version, "d", MigrationScript.Kind.VERSIONED,
                Path.of("db/V" + version + "__d.sql"), sql, 1, transactional, null);
    }

    private static String of(List<String> settings, List<MigrationScript> scripts, List<MigrationScript> preamble,
            List<SourceProblem> problems) {
        return HistoryFingerprint.of("build", settings, scripts, preamble, problems);
    }

    private static String of(List<MigrationScript> scripts) {
        return of(List.of("17"), scripts, List.of(), List.of());
    }

    @Test
    void theSameHistoryGivesTheSameFingerprint() {
        assertThat(of(List.of(V1, V2))).isEqualTo(of(List.of(script("1", "create table a (id int);", true), V2)))
                .hasSize(64);
    }

    @Test
    void anythingTheAnalysisDependsOnChangesIt() {
        String base = of(List.of(V1, V2));
        assertThat(List.of(
                of(List.of(V2, V1)),
                of(List.of(V1)),
                of(List.of(V1, script("2", "create table b (id bigint);", true))),
                of(List.of(V1, script("2", "create table b (id int);", false))),
                of(List.of("16"), List.of(V1, V2), List.of(), List.of()),
                of(List.of("17"), List.of(V1, V2), List.of(V1), List.of()),
                of(List.of("17"), List.of(V1, V2), List.of(), List.of(new SourceProblem(Path.of("x.sql"), 1, "bad"))),
                HistoryFingerprint.of("another build", List.of("17"), List.of(V1, V2), List.of(), List.of())))
                .doesNotContain(base).doesNotHaveDuplicates();
    }

    @Test
    void settingsAreNotConcatenatedAmbiguously() {
        assertThat(of(List.of("ab", "c"), List.of(V1), List.of(), List.of()))
                .isNotEqualTo(of(List.of("a", "bc"), List.of(V1), List.of(), List.of()));
    }
}
