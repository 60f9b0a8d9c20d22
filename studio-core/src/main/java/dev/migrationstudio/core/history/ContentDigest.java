package dev.migrationstudio.core.history;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * What a script's SQL is known by in the caches: its length and two CRCs of different polynomials (64 bits
 * together), so an accidental match of an edited script is out of reach, while both run at memory speed even before
 * the JIT has compiled anything (SHA-256 of a 7 MB history costs a tenth of a second on a cold JVM). Nobody forges
 * their own migrations.
 */
public final class ContentDigest {
    /** Length, CRC32C, CRC32: four bytes each. */
    public static final int BYTES = 12;

    private ContentDigest() {
    }

    /** The digest as {@link #BYTES} bytes in hex. */
    public static String of(String sql) {
        byte[] bytes = sql.getBytes(StandardCharsets.UTF_8);
        CRC32C castagnoli = new CRC32C();
        castagnoli.update(bytes);
        CRC32 ieee = new CRC32();
        ieee.update(bytes);
        HexFormat hex = HexFormat.of();
        return hex.toHexDigits(bytes.length) + hex.toHexDigits((int) castagnoli.getValue())
                + hex.toHexDigits((int) ieee.getValue());
    }
}
