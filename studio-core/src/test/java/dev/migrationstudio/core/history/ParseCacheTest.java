package dev.migrationstudio.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationstudio.core.report.StudioLog;
import dev.migrationstudio.core.source.MigrationScript;
import dev.migrationstudio.core.sql.parse.ParsedStatement;
import dev.migrationstudio.core.sql.parse.StatementParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCacheTest {
    private static final String VERSION = "test-parser-1";

    private final HistoryAnalyzer analyzer = new HistoryAnalyzer(new StatementParser(), StudioLog.SILENT);

    private static List<MigrationScript> testScripts() {
        return StatementSliceTest.sqlFiles().stream().map(file -> script(file.getFileName().toString(),
                dev.migrationstudio.core.corpus.Corpus.read(file))).toList();
    }

    private static MigrationScript script(String name, String sql) {
        return new MigrationScript(name, null, name, MigrationScript.Kind.VERSIONED, Path.of(name), sql, 1, true,
                null);
    }

    private List<ParsedScript> parseAll(ParseCache cache, List<MigrationScript> scripts) {
        return analyzer.parseAll(scripts, script -> cache.parse(script, analyzer::parse));
    }

    private static Function<MigrationScript, ParsedScript> failing() {
        return script -> {
            throw new AssertionError("parsed again although cached: " + script.id());
        };
    }

    @Test
    void everyTestScriptComesBackFromTheCacheEqualToAFreshParse(@TempDir Path dir) throws Exception {
        List<MigrationScript> scripts = new java.util.ArrayList<>(testScripts());
        scripts.add(script("V99__broken.sql", "-- note\ncreate table x (id int);\nselect 'never closed;\n"));
        ParseCache first = ParseCache.open(dir, VERSION);
        List<ParsedScript> parsed = parseAll(first, scripts);
        first.save();
        assertThat(first.stats().misses()).isEqualTo(scripts.size());

        ParseCache second = ParseCache.open(dir, VERSION);
        List<ParsedScript> cached = scripts.stream().map(script -> second.parse(script, failing())).toList();

        assertThat(second.stats()).isEqualTo(new ParseCache.Stats(scripts.size(), 0));
        assertThat(cached).isEqualTo(parsed);
        assertThat(cached).flatExtracting(ParsedScript::statements).hasSizeGreaterThan(400);
        assertThat(cached).anyMatch(p -> p.splitError() != null);
    }

    @Test
    void aTableWithLikeClausesIsCached(@TempDir Path dir) throws Exception {
        MigrationScript like = script("V1__like.sql",
                "create table a (id int);\ncreate table b (like a including all, extra text);\n");
        ParseCache first = ParseCache.open(dir, VERSION);
        ParsedScript parsed = first.parse(like, analyzer::parse);
        first.save();
        assertThat(parsed.statements().get(1).parsed()).isInstanceOfSatisfying(ParsedStatement.CreateTable.class,
                table -> assertThat(table.likes()).hasSize(1));

        assertThat(ParseCache.open(dir, VERSION).parse(like, failing())).isEqualTo(parsed);
    }

    @Test
    void anotherParserVersionIsIgnored(@TempDir Path dir) throws Exception {
        MigrationScript script = script("V1__a.sql", "create table a (id int);\n");
        ParseCache first = ParseCache.open(dir, VERSION);
        first.parse(script, analyzer::parse);
        first.save();

        ParseCache other = ParseCache.open(dir, "test-parser-2");
        other.parse(script, analyzer::parse);

        assertThat(other.stats()).isEqualTo(new ParseCache.Stats(0, 1));
    }

    @Test
    void aFileWrittenForAnotherShapeOfTheStatementModelIsIgnored(@TempDir Path dir) throws Exception {
        ParseCache first = ParseCache.open(dir, VERSION);
        first.parse(script("V1__a.sql", "create table a (id int);\n"), analyzer::parse);
        first.save();
        String schemaId = CachedTypes.STATEMENTS.schemaId();
        Path shard = java.util.stream.Stream.of("parsed-0.bin", "parsed-1.bin").map(dir::resolve)
                .filter(file -> ParseCacheFile.read(file, VERSION, schemaId).size() == 1).findFirst().orElseThrow();

        assertThat(ParseCacheFile.read(shard, VERSION, "another model")).isEmpty();
    }

    @Test
    void anyDamagedByteMakesTheFileIgnored(@TempDir Path dir) throws Exception {
        List<MigrationScript> scripts = testScripts().subList(0, 6);
        ParseCache first = ParseCache.open(dir, VERSION);
        List<ParsedScript> parsed = parseAll(first, scripts);
        first.save();
        Path shard = dir.resolve("parsed-0.bin");
        byte[] good = Files.readAllBytes(shard);

        for (int at = 0; at < good.length; at += Math.max(1, good.length / 97)) {
            byte[] damaged = good.clone();
            damaged[at] ^= 0x10;
            Files.write(shard, damaged);
            ParseCache reopened = ParseCache.open(dir, VERSION);
            assertThat(parseAll(reopened, scripts)).isEqualTo(parsed);
            assertThat(reopened.stats().misses()).as("byte %d damaged", at).isGreaterThan(0);
        }
        Files.write(shard, java.util.Arrays.copyOf(good, good.length - 1));
        ParseCache truncated = ParseCache.open(dir, VERSION);
        assertThat(parseAll(truncated, scripts)).isEqualTo(parsed);
        assertThat(truncated.stats().misses()).isGreaterThan(0);
    }

    @Test
    void aRunWithoutChangesWritesNothingAndRemovedScriptsLeaveTheCache(@TempDir Path dir) throws Exception {
        MigrationScript a = script("V1__a.sql", "create table a (id int);\n");
        MigrationScript b = script("V2__b.sql", "create table b (id int);\n");
        ParseCache first = ParseCache.open(dir, VERSION);
        parseAll(first, List.of(a, b));
        first.save();
        long written = Files.getLastModifiedTime(dir.resolve("parsed-0.bin")).toMillis();
        Files.setLastModifiedTime(dir.resolve("parsed-0.bin"), java.nio.file.attribute.FileTime.fromMillis(written - 5000));

        ParseCache unchanged = ParseCache.open(dir, VERSION);
        parseAll(unchanged, List.of(a, b));
        unchanged.save();
        assertThat(Files.getLastModifiedTime(dir.resolve("parsed-0.bin")).toMillis()).isEqualTo(written - 5000);

        ParseCache withoutB = ParseCache.open(dir, VERSION);
        withoutB.parse(a, failing());
        withoutB.save();
        ParseCache after = ParseCache.open(dir, VERSION);
        after.parse(a, failing());
        after.parse(b, analyzer::parse);
        assertThat(after.stats()).isEqualTo(new ParseCache.Stats(1, 1));
    }
}
