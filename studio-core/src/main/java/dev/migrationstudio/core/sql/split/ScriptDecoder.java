package dev.migrationstudio.core.sql.split;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads a migration script's bytes strictly in its encoding (UTF-8 unless the tool is configured otherwise): a byte
 * sequence that is not valid in it, or a NUL byte (a binary file), is rejected with the place, never replaced
 * silently. A leading byte order mark is dropped, as Flyway and Liquibase do.
 */
public final class ScriptDecoder {
    private static final String FILES_OWN_ENCODING = "the file's encoding";
    private static final char REPLACEMENT = '\uFFFD';

    private ScriptDecoder() {
    }

    /** Strict UTF-8, the encoding Flyway and Liquibase default to. */
    public static DecodedScript decode(byte[] bytes, String fileName) {
        return decode(bytes, fileName, StandardCharsets.UTF_8, null);
    }

    /**
     * @param encodingSetting the setting that chose {@code encoding} (for the message: "set it to the file's
     *                        encoding"), or null when there is none to name
     */
    public static DecodedScript decode(byte[] bytes, String fileName, Charset encoding, String encodingSetting) {
        if (encoding.equals(StandardCharsets.UTF_8) && !startsWithUtf16Bom(bytes)) {
            int start = hasUtf8Bom(bytes) ? 3 : 0;
            String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
            // The String constructor replaces each malformed sequence with U+FFFD, and only a NUL byte decodes to
            // U+0000: text free of both is exactly what the strict decoding returns, several times faster. Otherwise
            // (a bad file, or a legitimate U+FFFD) the strict decoding finds and places the problem.
            if (text.indexOf(REPLACEMENT) < 0 && text.indexOf('\0') < 0) {
                return withoutBom(text);
            }
        }
        return decodeStrictly(bytes, fileName, encoding, encodingSetting);
    }

    /** The reference decoding: every byte checked by a reporting {@link CharsetDecoder}. */
    static DecodedScript decodeStrictly(byte[] bytes, String fileName, Charset encoding, String encodingSetting) {
        boolean byteOriented = !isWide(encoding);
        if (byteOriented && startsWithUtf16Bom(bytes)) {
            return new DecodedScript.Rejected(fileName + " is UTF-16 encoded (it starts with a UTF-16 byte order"
                    + " mark): save it as " + encoding.name() + advice(encodingSetting), SourcePosition.START);
        }
        int start = encoding.equals(StandardCharsets.UTF_8) && hasUtf8Bom(bytes) ? 3 : 0;
        if (byteOriented) {
            for (int i = start; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    SourcePosition at = positionOfByte(bytes, start, i, encoding);
                    return new DecodedScript.Rejected(fileName + " looks like a binary file, not an SQL script: it"
                            + " holds a NUL byte at " + describe(at), at);
                }
            }
        }
        CharsetDecoder decoder = encoding.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil((bytes.length - start) * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int bad = in.position();
            SourcePosition at = positionAfter(out.flip().toString(), bad);
            String badByte = bad < bytes.length ? String.format("byte 0x%02X", bytes[bad] & 0xFF) : "the end of the file";
            return new DecodedScript.Rejected(String.format("%s is not valid %s: %s at %s cannot start or continue a"
                    + " character; save the file as %s%s", fileName, encoding.name(), badByte, describe(at),
                    encoding.name(), advice(encodingSetting)), at);
        }
        return withoutBom(out.flip().toString());
    }

    private static DecodedScript.Text withoutBom(String text) {
        return new DecodedScript.Text(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    private static String advice(String encodingSetting) {
        return encodingSetting == null ? "" : " or set " + encodingSetting + " to " + FILES_OWN_ENCODING;
    }

    private static boolean isWide(Charset encoding) {
        String name = encoding.name().toUpperCase(Locale.ROOT);
        return name.startsWith("UTF-16") || name.startsWith("UTF-32");
    }

    private static boolean startsWithUtf16Bom(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }

    private static SourcePosition positionOfByte(byte[] bytes, int start, int offset, Charset encoding) {
        return positionAfter(new String(bytes, start, offset - start, encoding), offset);
    }

    /** Line and column just after {@code textBefore}, with the byte offset of that place. */
    private static SourcePosition positionAfter(String textBefore, int byteOffset) {
        SourcePosition chars = new PositionTracker(textBefore).at(textBefore.length());
        return new SourcePosition(chars.line(), chars.column(), byteOffset);
    }

    private static String describe(SourcePosition at) {
        return "line " + at.line() + ", column " + at.column() + " (byte offset " + at.offset() + ")";
    }
}
