package dev.migrationstudio.core.sql.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
}
