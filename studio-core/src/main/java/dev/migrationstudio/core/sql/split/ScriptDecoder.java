package dev.migrationstudio.core.sql.split;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reads a migration script's bytes as strict UTF-8, the encoding Flyway and Liquibase default to. */
public final class ScriptDecoder {

    private ScriptDecoder() {
    }

    public static DecodedScript decode(byte[] bytes, String fileName) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return new DecodedScript.Rejected(fileName + " is UTF-16 encoded (it starts with a UTF-16 byte order"
                    + " mark): save it as UTF-8", SourcePosition.START);
        }
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                SourcePosition at = positionOfByte(bytes, start, i);
                return new DecodedScript.Rejected(fileName + " looks like a binary file, not an SQL script: it holds a"
                        + " NUL byte at " + describe(at), at);
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int bad = in.position();
            SourcePosition at = positionAfter(out.flip().toString(), bad);
            return new DecodedScript.Rejected(String.format("%s is not valid UTF-8: byte 0x%02X at %s cannot start or"
                    + " continue a UTF-8 character; save the file as UTF-8", fileName, bytes[bad] & 0xFF,
                    describe(at)), at);
        }
        return new DecodedScript.Text(out.flip().toString());
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }

    private static SourcePosition positionOfByte(byte[] bytes, int start, int offset) {
        return positionAfter(new String(bytes, start, offset - start, StandardCharsets.UTF_8), offset);
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
