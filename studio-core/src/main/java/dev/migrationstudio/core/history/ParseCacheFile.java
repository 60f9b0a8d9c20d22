package dev.migrationstudio.core.history;

import dev.migrationstudio.core.io.AtomicFiles;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

/**
 * One file of the parse cache: a header (format, parser version, statement model schema), then each entry's key
 * (the {@link ContentDigest} of a script's SQL) and encoded bytes, then a CRC-32 of all that. Reading only checks and
 * indexes the file: entries are decoded when a script asks for them. A file that is damaged, cut short or written by another
 * format, parser or model is read as empty, never trusted.
 */
final class ParseCacheFile {
    private static final int MAGIC = 0x53545043; // "STPC"
    private static final int FORMAT = 3;
    private static final int KEY_BYTES = ContentDigest.BYTES;
    private static final int CRC_BYTES = 4;

    /** An entry's encoded bytes: {@code data[offset, offset + length)}. */
    record Blob(byte[] data, int offset, int length) {
        static Blob of(byte[] data) {
            return new Blob(data, 0, data.length);
        }
    }

    private ParseCacheFile() {
    }

    static void write(Path file, String parserVersion, String schemaId, Map<String, Blob> entries) throws IOException {
        AtomicFiles.replace(file, out -> {
            CRC32 crc = new CRC32();
            DataOutputStream data = new DataOutputStream(new CheckedOutputStream(out, crc));
            data.writeInt(MAGIC);
            data.writeInt(FORMAT);
            data.writeUTF(parserVersion);
            data.writeUTF(schemaId);
            data.writeInt(entries.size());
            for (Map.Entry<String, Blob> entry : entries.entrySet()) {
                data.write(HexFormat.of().parseHex(entry.getKey()));
                Blob blob = entry.getValue();
                data.writeInt(blob.length());
                data.write(blob.data(), blob.offset(), blob.length());
            }
            data.flush();
            new DataOutputStream(out).writeInt((int) crc.getValue());
        });
    }

    /** The entries of {@code file} by key; empty when it is missing, damaged or from another build or format. */
    static Map<String, Blob> read(Path file, String parserVersion, String schemaId) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            int payload = bytes.length - CRC_BYTES;
            if (payload < 0 || !crcMatches(bytes, payload)) {
                return Map.of();
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, payload));
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || !in.readUTF().equals(parserVersion)
                    || !in.readUTF().equals(schemaId)) {
                return Map.of();
            }
            int count = in.readInt();
            int position = payload - in.available();
            Map<String, Blob> entries = new HashMap<>();
            HexFormat hex = HexFormat.of();
            for (int i = 0; i < count; i++) {
                String key = hex.formatHex(bytes, position, position + KEY_BYTES);
                int length = readInt(bytes, position + KEY_BYTES);
                int start = position + KEY_BYTES + Integer.BYTES;
                if (length < 0 || length > payload - start) {
                    return Map.of();
                }
                entries.put(key, new Blob(bytes, start, length));
                position = start + length;
            }
            return position == payload ? entries : Map.of();
        } catch (IOException | RuntimeException e) {
            // A stale or damaged cache only costs a full parse.
            return Map.of();
        }
    }

    private static boolean crcMatches(byte[] bytes, int payload) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, payload);
        return (int) crc.getValue() == readInt(bytes, payload);
    }

    private static int readInt(byte[] bytes, int at) {
        return ((bytes[at] & 0xFF) << 24) | ((bytes[at + 1] & 0xFF) << 16) | ((bytes[at + 2] & 0xFF) << 8)
                | (bytes[at + 3] & 0xFF);
    }
}
