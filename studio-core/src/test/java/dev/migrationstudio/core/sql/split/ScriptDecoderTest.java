package dev.migrationstudio.core.sql.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScriptDecoderTest {

    @Test
    void decodesUtf8AndDropsTheByteOrderMark() {
        byte[] bytes = "\uFEFFSELECT 'é, 日本, 🐘';".getBytes(StandardCharsets.UTF_8);
        assertThat(ScriptDecoder.decode(bytes, "V1__a.sql"))
                .isEqualTo(new DecodedScript.Text("SELECT 'é, 日本, 🐘';"));
    }

    @Test
    void invalidByteIsReportedWithLineColumnAndOffset() {
        byte[] prefix = "SELECT 1;\nSELECT 'é".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[prefix.length + 3];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        bytes[prefix.length] = (byte) 0xE9; // Latin-1 é: a lead byte without continuation
        bytes[prefix.length + 1] = '\'';
        bytes[prefix.length + 2] = ';';

        DecodedScript.Rejected rejected = (DecodedScript.Rejected) ScriptDecoder.decode(bytes, "V2__latin1.sql");
        assertThat(rejected.position()).isEqualTo(new SourcePosition(2, 10, prefix.length));
        assertThat(rejected.message()).contains("V2__latin1.sql", "line 2, column 10", "0xE9", "UTF-8");
    }

    @Test
    void encodedSurrogatesAndTruncatedSequencesAreInvalid() {
        byte[] surrogate = {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80};
        assertThat(ScriptDecoder.decode(surrogate, "s.sql")).isInstanceOf(DecodedScript.Rejected.class);
        byte[] truncated = {'a', '\n', (byte) 0xE6, (byte) 0x97};
        DecodedScript.Rejected rejected = (DecodedScript.Rejected) ScriptDecoder.decode(truncated, "t.sql");
        assertThat(rejected.position()).isEqualTo(new SourcePosition(2, 1, 2));
    }

    @Test
    void nulBytesMeanABinaryFile() {
        byte[] bytes = {'S', 'E', '\n', 'x', 0, 1, 2};
        DecodedScript.Rejected rejected = (DecodedScript.Rejected) ScriptDecoder.decode(bytes, "logo.png");
        assertThat(rejected.message()).contains("logo.png", "binary", "line 2, column 2");
        assertThat(rejected.position()).isEqualTo(new SourcePosition(2, 2, 4));
    }

    @Test
    void utf16IsNamed() {
        byte[] bytes = "SELECT 1".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[bytes.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(bytes, 0, withBom, 2, bytes.length);
        assertThat(((DecodedScript.Rejected) ScriptDecoder.decode(withBom, "u.sql")).message()).contains("UTF-16");
    }

    @Test
    void emptyFileIsEmptyText() {
        assertThat(ScriptDecoder.decode(new byte[0], "e.sql")).isEqualTo(new DecodedScript.Text(""));
    }

    @Test
    void aRealReplacementCharacterIsText() {
        byte[] bytes = "SELECT '\uFFFD';".getBytes(StandardCharsets.UTF_8);
        assertThat(ScriptDecoder.decode(bytes, "V3__fffd.sql")).isEqualTo(new DecodedScript.Text("SELECT '\uFFFD';"));
    }

    /** The fast UTF-8 path must answer exactly as the strict decoder, for text and for every kind of bad input. */
    @Test
    void fastUtf8PathAgreesWithTheStrictDecoder() {
        byte[][] pieces = {
                "SELECT 1;\n".getBytes(StandardCharsets.UTF_8), "é日本🐘\uFFFD".getBytes(StandardCharsets.UTF_8),
                {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFF, (byte) 0xFE}, {0}, {(byte) 0xC0, (byte) 0x80},
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                {(byte) 0xE6, (byte) 0x97}, {(byte) 0x80}, {(byte) 0xF0, (byte) 0x9F}, {'\r', '\n'}};
        Random random = new Random(20251121);
        int rejected = 0;
        for (int round = 0; round < 20_000; round++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int count = random.nextInt(6);
            for (int i = 0; i < count; i++) {
                // Mostly well-formed pieces, sometimes one of the bad ones, sometimes a random byte.
                int pick = random.nextInt(10);
                if (pick < 6) {
                    out.writeBytes(pieces[random.nextInt(2)]);
                } else if (pick < 9) {
                    out.writeBytes(pieces[random.nextInt(pieces.length)]);
                } else {
                    out.write(random.nextInt(256));
                }
            }
            byte[] bytes = out.toByteArray();
            DecodedScript fast = ScriptDecoder.decode(bytes, "f.sql", StandardCharsets.UTF_8, "the setting");
            assertThat(fast).as("round %d", round)
                    .isEqualTo(ScriptDecoder.decodeStrictly(bytes, "f.sql", StandardCharsets.UTF_8, "the setting"));
            rejected += fast instanceof DecodedScript.Rejected ? 1 : 0;
        }
        assertThat(rejected).as("both outcomes exercised").isBetween(1_000, 19_000);
    }
}
