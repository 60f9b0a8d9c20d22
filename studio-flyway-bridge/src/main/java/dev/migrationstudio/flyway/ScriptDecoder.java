package dev.migrationstudio.flyway;

import dev.migrationstudio.core.source.MigrationSourceException;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;

/**
 * Decodes a script's bytes strictly: a byte sequence that is not valid in the encoding is an error naming the file,
 * the line and the byte offset, never a silent replacement character. A leading byte order mark is dropped, as
 * Flyway does. (Meant to move to the core once its own script decoder exists.)
 */
final class ScriptDecoder {

    private ScriptDecoder() {
    }

    static String decode(Path file, byte[] bytes, Charset encoding, String encodingSetting) throws MigrationSourceException {
        CharsetDecoder decoder = encoding.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw invalid(file, bytes, in.position(), out.flip(), encoding, encodingSetting);
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static MigrationSourceException invalid(
            Path file, byte[] bytes, int offset, CharBuffer decodedSoFar, Charset encoding, String encodingSetting) {
        int line = 1;
        for (int i = 0; i < decodedSoFar.length(); i++) {
            if (decodedSoFar.charAt(i) == '\n') {
                line++;
            }
        }
        String badByte = offset < bytes.length ? String.format("0x%02X", bytes[offset] & 0xFF) : "end of file";
        return new MigrationSourceException(file + ":" + line + ": invalid " + encoding.name() + " input (byte "
                + badByte + " at byte offset " + offset + "); save the file as " + encoding.name()
                + " or set " + encodingSetting + " to the file's encoding");
    }
}
