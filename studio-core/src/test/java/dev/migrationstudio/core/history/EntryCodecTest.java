package dev.migrationstudio.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrationstudio.core.cache.Sha256;
import dev.migrationstudio.core.report.StudioLog;
import dev.migrationstudio.core.source.MigrationScript;
import dev.migrationstudio.core.sql.parse.StatementParser;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntryCodecTest {
    private static final String SQL = "-- profiles\ncreate table public.p (id uuid primary key, n text not null default 'x',"
            + " check (length(n) < 9));\ncreate index on public.p (lower(n)) where n <> '';\n"
            + "grant select on public.p to anon, authenticated;\nalter table public.p add column s bigint;\n"
            + "create sequence s start 5 increment -1;\n";
    private static final MigrationScript SCRIPT = new MigrationScript("V1__p.sql", "1", "p",
            MigrationScript.Kind.VERSIONED, Path.of("V1__p.sql"), SQL, 1, true, null);

    private final HistoryAnalyzer analyzer = new HistoryAnalyzer(new StatementParser(), StudioLog.SILENT);

    @Test
    void anEntryDecodesToWhatWasEncoded() {
        ParsedScript parsed = analyzer.parse(SCRIPT);
        byte[] bytes = EntryEncoder.encode(parsed, CachedTypes.STATEMENTS);

        assertThat(EntryDecoder.decode(SCRIPT, CachedTypes.STATEMENTS, bytes, 0, bytes.length)).isEqualTo(parsed);
    }

    @Test
    void everyDamagedByteGivesAnExceptionOrARecordNeverAnError() {
        byte[] good = EntryEncoder.encode(analyzer.parse(SCRIPT), CachedTypes.STATEMENTS);
        int failures = 0;
        for (int at = 0; at < good.length; at++) {
            for (int flip : new int[] {0x01, 0x40, 0x80}) {
                byte[] damaged = good.clone();
                damaged[at] ^= (byte) flip;
                try {
                    assertThat(EntryDecoder.decode(SCRIPT, CachedTypes.STATEMENTS, damaged, 0, damaged.length))
                            .isNotNull();
                } catch (RuntimeException expected) {
                    failures++;
                }
            }
        }
        assertThat(failures).isGreaterThan(good.length);
    }

    @Test
    void deeplyNestedBytesStopWithAnException() {
        byte[] nested = new byte[200_000];
        nested[0] = 0; // no split error
        nested[1] = 1; // one statement
        Arrays.fill(nested, 2, 11, (byte) 0); // kind, line, column, offset, lengths
        for (int i = 11; i + 1 < nested.length; i += 2) {
            nested[i] = EntryEncoder.LIST;
            nested[i + 1] = 1;
        }
        assertThatThrownBy(() -> EntryDecoder.decode(SCRIPT, CachedTypes.STATEMENTS, nested, 0, nested.length))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nested");
    }

    @Test
    void anEntryThatDoesNotDecodeIsParsedAgain(@TempDir Path dir) throws Exception {
        ParsedScript parsed = analyzer.parse(SCRIPT);
        byte[] bytes = EntryEncoder.encode(parsed, CachedTypes.STATEMENTS);
        byte[] cut = Arrays.copyOf(bytes, bytes.length / 2);
        String version = "v";
        ParseCacheFile.write(dir.resolve("parsed-0.bin"), version, CachedTypes.STATEMENTS.schemaId(),
                Map.of(Sha256.hex(SQL), ParseCacheFile.Blob.of(cut)));

        ParseCache cache = ParseCache.open(dir, version);

        assertThat(cache.parse(SCRIPT, analyzer::parse)).isEqualTo(parsed);
        assertThat(cache.stats()).isEqualTo(new ParseCache.Stats(0, 1));
    }
}
