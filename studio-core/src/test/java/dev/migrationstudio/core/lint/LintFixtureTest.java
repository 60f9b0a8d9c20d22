package dev.migrationstudio.core.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationstudio.core.finding.Finding;
import dev.migrationstudio.core.history.HistoryAnalysis;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every fixture under {@code src/test/resources/lint}: the findings must be exactly the expectations. */
class LintFixtureTest {

    static Stream<Path> fixtures() throws IOException, URISyntaxException {
        Path directory = Path.of(LintFixtureTest.class.getResource("/lint").toURI());
        return Files.list(directory).filter(f -> f.toString().endsWith(".sql")).sorted().toList().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void findingsAreExactlyTheExpectations(Path fixture) {
        LintFixture lint = LintFixture.read(fixture);
        HistoryAnalysis analysis = lint.analyze();
        List<Finding> findings = new MigrationLinter().lint(analysis, lint.config()).findings();
        String described = findings.stream().map(f -> f.line() + " " + f.ruleId() + ": " + f.message())
                .collect(Collectors.joining("\n"));
        assertThat(lint.actual(analysis, findings)).as("findings of %s:\n%s", fixture.getFileName(), described)
                .isEqualTo(lint.expected(analysis));
    }
}
