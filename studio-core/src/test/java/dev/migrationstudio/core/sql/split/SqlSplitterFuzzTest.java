package dev.migrationstudio.core.sql.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationstudio.core.corpus.Corpus;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Totality: mutated corpus scripts and hostile inputs always give statements plus at most one positioned error,
 * quickly, and the statements and the error account for the whole input (see {@link SplitInvariants}).
 */
class SqlSplitterFuzzTest {
    private static final long SEED = 20_250_601L;
    private static final int MUTANTS = 4_000;
    // Guards against hangs and super-linear blow-ups, not a performance figure: generous enough for a loaded CI
    // machine (2 cores shared with a build), far below what a quadratic split of these inputs would take.
    private static final long MAX_MILLIS_PER_SCRIPT = 2_000;
    private static final long MAX_MILLIS_PER_HOSTILE_INPUT = 30_000;
    private static final String[] FRAGMENTS = {
        "'", "\"", "$", "$$", "$a$", "$1", "E'", "e'\\", "U&'", "U&\"", "/*", "*/", "--", ";", "(", ")", "\\.",
        "\n\\.\n", "\n\\set x 1\n", "\\", "BEGIN", " BEGIN ATOMIC ", "END", "CASE", "COPY t FROM stdin;\n",
        "CREATE FUNCTION f() ", "\r", "\r\n", "\u0000", "\uD800", "\uDC00", "\uFEFF", "é", "🐘"
    };

    private static List<String> scripts;

    @BeforeAll
    static void loadCorpus() {
        scripts = Corpus.allSqlFiles().stream().map(Corpus::read).toList();
        assertThat(scripts).hasSizeGreaterThan(30);
        scripts.forEach(SqlSplitter::split); // warm up before timing
    }

    @Test
    void corpusScriptsSplitCleanly() {
        for (String script : scripts) {
            SplitResult result = SqlSplitter.split(script);
            assertThat(result.error()).isNull();
            SplitInvariants.check(script, result);
        }
    }

    @Test
    void mutatedCorpusScriptsAreSplitTotallyAndQuickly() {
        Random random = new Random(SEED);
        int withError = 0;
        for (int i = 0; i < MUTANTS; i++) {
            String mutant = scripts.get(random.nextInt(scripts.size()));
            int mutations = 1 + random.nextInt(4);
            for (int m = 0; m < mutations; m++) {
                mutant = mutate(mutant, random);
            }
            SplitResult result = timedSplit(mutant);
            try {
                SplitInvariants.check(mutant, result);
            } catch (AssertionError e) {
                throw new AssertionError("mutant #" + i + " of seed " + SEED + " breaks an invariant:\n" + mutant, e);
            }
            if (result.error() != null) {
                withError++;
            }
        }
        // Both outcomes must be exercised, or the mutations are too weak or too strong to mean anything.
        assertThat(withError).isBetween(MUTANTS / 10, MUTANTS - MUTANTS / 10);
    }

    @Test
    void randomCharactersAreSplitTotally() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < 1_000; i++) {
            StringBuilder chars = new StringBuilder();
            int length = random.nextInt(2_000);
            for (int c = 0; c < length; c++) {
                chars.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x10000) : (char) (random.nextInt(96) + 32));
            }
            String input = chars.toString();
            SplitInvariants.check(input, timedSplit(input));
        }
    }

    /** An input built to hurt a naive scanner, and whether it is well formed. */
    private record Hostile(String name, String input, boolean wellFormed) {
    }

    @Test
    void hostileInputsFinishInLinearTime() {
        int size = 10_000_000;
        List<Hostile> hostile = List.of(
                new Hostile("10 MB string", "INSERT INTO t VALUES ('" + "x".repeat(size) + "');", true),
                new Hostile("10 MB unterminated string", "SELECT '" + "x".repeat(size), false),
                new Hostile("1000-deep parentheses",
                        "SELECT " + "(".repeat(1_000) + "1" + ")".repeat(1_000) + "; SELECT 2", true),
                new Hostile("5M open parentheses", "SELECT " + "(".repeat(size / 2), false),
                new Hostile("2.5M-deep comments", "/*".repeat(size / 4) + "*/".repeat(size / 4) + " SELECT 1", true),
                new Hostile("5M unclosed comments", "/*".repeat(size / 2), false),
                new Hostile("2.5 MB tag, near misses", "SELECT $" + "a".repeat(size / 4) + "$ "
                        + ("$" + "a".repeat(100)).repeat(size / 202), false),
                new Hostile("5M short near misses", "SELECT $ab$" + "$a".repeat(size / 2), false),
                new Hostile("5M escaped quotes", "SELECT E'" + "\\'".repeat(size / 2), false),
                new Hostile("10M semicolons", ";".repeat(size), true),
                new Hostile("10M line breaks", "\n".repeat(size) + "SELECT 1", true),
                new Hostile("3M meta lines", "\\x\n".repeat(size / 3), true),
                new Hostile("COPY rows without end", "COPY t FROM stdin;\n" + "1\n".repeat(size / 2), false),
                new Hostile("1M CASE in a routine body",
                        "CREATE FUNCTION f() BEGIN ATOMIC " + "CASE ".repeat(size / 10), false),
                new Hostile("5M parameters", "$1".repeat(size / 2) + ";", true));
        for (Hostile h : hostile) {
            long start = System.nanoTime();
            SplitResult result = SqlSplitter.split(h.input());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(millis).as("time to split %s", h.name()).isLessThan(MAX_MILLIS_PER_HOSTILE_INPUT);
            assertThat(result.ok()).as("%s is well formed", h.name()).isEqualTo(h.wellFormed());
        }
    }

    @Test
    void deepParenthesesAndBigStatementsAreKeptWhole() {
        String deep = "SELECT " + "(".repeat(1_000) + "1" + ")".repeat(1_000);
        assertThat(SqlSplitter.split(deep + ";SELECT 2").statements()).extracting(SqlStatement::text)
                .containsExactly(deep, "SELECT 2");
        String big = "INSERT INTO t VALUES ('" + "x;".repeat(5_000_000) + "')";
        assertThat(SqlSplitter.split(big + ";").statements()).extracting(SqlStatement::text).containsExactly(big);
    }

    private static SplitResult timedSplit(String input) {
        long start = System.nanoTime();
        SplitResult result = SqlSplitter.split(input);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).as("split time for a %d-char script", input.length()).isLessThan(MAX_MILLIS_PER_SCRIPT);
        return result;
    }

    private static String mutate(String script, Random random) {
        int at = script.isEmpty() ? 0 : random.nextInt(script.length() + 1);
        switch (random.nextInt(6)) {
            case 0, 1 -> {
                return script.substring(0, at) + FRAGMENTS[random.nextInt(FRAGMENTS.length)] + script.substring(at);
            }
            case 2 -> {
                int end = Math.min(script.length(), at + random.nextInt(40));
                return script.substring(0, at) + script.substring(end);
            }
            case 3 -> {
                return script.substring(0, at);
            }
            case 4 -> {
                char[] chars = script.toCharArray();
                for (int k = 0; k < 3 && chars.length > 0; k++) {
                    chars[random.nextInt(chars.length)] = (char) random.nextInt(0x10000);
                }
                return new String(chars);
            }
            default -> {
                int end = Math.min(script.length(), at + random.nextInt(200));
                return script.substring(0, at) + script.substring(at, end) + script.substring(at);
            }
        }
    }
}
