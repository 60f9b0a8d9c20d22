package dev.migrationstudio.core.lint;

import dev.migrationstudio.core.finding.Finding;
import dev.migrationstudio.core.history.HistoryAnalysis;
import dev.migrationstudio.core.history.HistoryAnalyzer;
import dev.migrationstudio.core.history.ParsedScript;
import dev.migrationstudio.core.report.StudioLog;
import dev.migrationstudio.core.source.MigrationScript;
import dev.migrationstudio.core.sql.parse.StatementParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lint fixture: SQL with its expectations inline. Lines before the first {@code -- migration:} may set
 * {@code -- context: pgVersion=10}, {@code rlsRequired=true}, {@code exposedSchemas=public,api}; each
 * {@code -- migration: <name> [transactional=false] [liquibase]} line starts a script (without one the file is
 * one Flyway script {@code V1__fixture.sql}); {@code -- expect: <rule-id>[, <rule-id>]} in the comments before a
 * statement says which findings that statement (or the suppression comments before it, or the script as a whole
 * for the first statement) must produce. Every other finding, of any rule, fails the fixture.
 */
record LintFixture(Path file, List<MigrationScript> scripts, LintConfig config) {
    private static final Pattern MIGRATION = Pattern.compile("--\\s*migration:\\s*(\\S+)(.*)");
    private static final Pattern CONTEXT = Pattern.compile("--\\s*context:\\s*(\\w+)=(\\S+)\\s*");
    private static final Pattern EXPECT = Pattern.compile("--\\s*expect:\\s*(.+)");
    static final StatementParser PARSER = new StatementParser();

    static LintFixture read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LintConfig config = LintConfig.defaults();
        List<MigrationScript> scripts = new ArrayList<>();
        int start = -1;
        String header = null;
        for (int i = 0; i <= lines.size(); i++) {
            Matcher migration = i < lines.size() ? MIGRATION.matcher(lines.get(i).strip()) : null;
            if (i == lines.size() || migration.matches()) {
                if (header != null) {
                    scripts.add(script(file, header, lines.subList(start, i), start + 1, scripts.size() + 1));
                }
                if (i < lines.size()) {
                    header = lines.get(i).strip();
                    start = i + 1;
                }
                continue;
            }
            Matcher context = CONTEXT.matcher(lines.get(i).strip());
            if (header == null && context.matches()) {
                config = apply(config, context.group(1), context.group(2));
            }
        }
        if (scripts.isEmpty()) {
            scripts.add(script(file, "-- migration: V1__fixture.sql", lines, 1, 1));
        }
        return new LintFixture(file, scripts, config);
    }

    private static MigrationScript script(Path file, String header, List<String> lines, int firstLine, int number) {
        Matcher m = MIGRATION.matcher(header);
        m.matches();
        String name = m.group(1);
        boolean transactional = !m.group(2).contains("transactional=false");
        String sql = String.join("\n", lines) + "\n";
        if (m.group(2).contains("liquibase")) {
            return new MigrationScript("changelog.xml::" + name + "::dev", null, name, MigrationScript.Kind.CHANGESET,
                    file, sql, firstLine, transactional, new MigrationScript.ChangeSetRef("changelog.xml", name, "dev"));
        }
        Matcher versioned = Pattern.compile("V([\\d._]+)__(.*)\\.sql").matcher(name);
        String version = versioned.matches() ? versioned.group(1).replace('_', '.') : null;
        String description = versioned.matches() ? versioned.group(2) : name.replaceFirst("^R__", "").replace(".sql", "");
        return new MigrationScript(name, version, description,
                version == null ? MigrationScript.Kind.REPEATABLE : MigrationScript.Kind.VERSIONED,
                file, sql, firstLine, transactional, null);
    }

    private static LintConfig apply(LintConfig config, String key, String value) {
        return switch (key) {
            case "pgVersion" -> config.withPgVersion(Integer.parseInt(value));
            case "rlsRequired" -> config.withRlsRequired(Boolean.parseBoolean(value));
            case "exposedSchemas" -> config.withExposedSchemas(Set.of(value.split(",")));
            default -> throw new IllegalArgumentException("unknown fixture context " + key);
        };
    }

    HistoryAnalysis analyze() {
        return new HistoryAnalyzer(PARSER, StudioLog.SILENT).analyze(scripts);
    }

    LintReport lint() {
        return new MigrationLinter().lint(analyze(), config);
    }

    /** "line rule" for every expectation, sorted. */
    List<String> expected(HistoryAnalysis analysis) {
        List<String> expected = new ArrayList<>();
        for (var script : analysis.scripts()) {
            ParsedScript parsed = script.parsed();
            for (ParsedScript.Statement statement : parsed.statements()) {
                int line = parsed.fileLine(statement.source().start().line());
                for (String comment : statement.source().leadingComments().split("\n")) {
                    Matcher expect = EXPECT.matcher(comment.strip());
                    if (expect.matches()) {
                        Arrays.stream(expect.group(1).split(",")).map(String::strip)
                                .forEach(rule -> expected.add(line + " " + rule));
                    }
                }
            }
        }
        return expected.stream().sorted().toList();
    }

    /** "line rule" for every finding, its line moved to the statement it stands before or on. */
    List<String> actual(HistoryAnalysis analysis, List<Finding> findings) {
        List<Integer> statementLines = analysis.scripts().stream()
                .flatMap(s -> s.parsed().statements().stream()
                        .map(st -> s.parsed().fileLine(st.source().start().line())))
                .sorted().toList();
        return findings.stream().map(f -> statementLines.stream().filter(l -> l >= f.line()).findFirst()
                        .orElse(f.line()) + " " + f.ruleId())
                .sorted().toList();
    }
}
