package dev.migrationstudio.core.sql.replay;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;

/**
 * The names Postgres chooses when a statement gives none, following {@code makeObjectName} and
 * {@code ChooseRelationName}: {@code <table>_<columns>_<label>} with the parts clipped to fit 63 bytes, then a
 * number appended until the name is free.
 */
final class PostgresNames {
    static final int MAX_IDENTIFIER_BYTES = 63;

    private PostgresNames() {
    }

    static String choose(String table, List<String> columns, String label, Predicate<String> taken) {
        String columnPart = columns.isEmpty() ? null : String.join("_", columns);
        String candidate = objectName(table, columnPart, label);
        for (int pass = 1; taken.test(candidate); pass++) {
            candidate = objectName(table, columnPart, label + pass);
        }
        return candidate;
    }

    /** {@code makeObjectName}: clip the longer of the two names first until everything fits. */
    static String objectName(String name1, String name2, String label) {
        int overhead = label.length() + 1 + (name2 == null ? 0 : 1);
        int available = MAX_IDENTIFIER_BYTES - overhead;
        int name1Bytes = bytes(name1);
        int name2Bytes = name2 == null ? 0 : bytes(name2);
        while (name1Bytes + name2Bytes > available) {
            if (name1Bytes > name2Bytes) {
                name1Bytes--;
            } else {
                name2Bytes--;
            }
        }
        StringBuilder name = new StringBuilder(clip(name1, name1Bytes));
        if (name2 != null) {
            name.append('_').append(clip(name2, name2Bytes));
        }
        return name.append('_').append(label).toString();
    }

    /** Identifiers longer than 63 bytes are truncated by the server. */
    static String truncate(String identifier) {
        return bytes(identifier) <= MAX_IDENTIFIER_BYTES ? identifier : clip(identifier, MAX_IDENTIFIER_BYTES);
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The longest prefix of whole characters within {@code maxBytes}. */
    private static String clip(String text, int maxBytes) {
        int used = 0;
        int end = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (used + size > maxBytes) {
                break;
            }
            used += size;
            end += Character.charCount(codePoint);
        }
        return text.substring(0, end);
    }
}
