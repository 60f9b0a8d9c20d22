package dev.migrationstudio.core.history;

import dev.migrationstudio.core.sql.split.SourcePosition;
import dev.migrationstudio.core.sql.split.SplitError;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one parse cache entry: a parsed script as statement slices (no SQL text: {@link StatementSlice}) and its
 * statement records, generically from their components. Varints keep small numbers to a byte; a string repeated in
 * the entry (a schema name, a type) is written once and then referred to by number. See {@link EntryDecoder}.
 */
final class EntryEncoder {
    static final int NULL = 0;
    static final int FALSE = 1;
    static final int TRUE = 2;
    static final int INT = 3;
    static final int LONG = 4;
    static final int STRING = 5;
    static final int STRING_AGAIN = 6;
    static final int ENUM = 7;
    static final int LIST = 8;
    static final int MAP = 9;
    static final int RECORD = 10;

    private final CachedTypes types;
    private final Map<String, Integer> strings = new HashMap<>();
    private byte[] bytes = new byte[1024];
    private int size;

    private EntryEncoder(CachedTypes types) {
        this.types = types;
    }

    /**
     * The entry for {@code parsed}; IllegalArgumentException when it cannot be stored (a statement not found in
     * the script's SQL, a value of a type the model does not declare), so it is not cached.
     */
    static byte[] encode(ParsedScript parsed, CachedTypes types) {
        return new EntryEncoder(types).entry(parsed);
    }

    private byte[] entry(ParsedScript parsed) {
        String sql = parsed.script().sql();
        SplitError error = parsed.splitError();
        if (error == null) {
            writeVarInt(0);
        } else {
            writeVarInt(1);
            writeValue(error.message());
            writePosition(error.position());
        }
        writeVarInt(parsed.statements().size());
        for (ParsedScript.Statement statement : parsed.statements()) {
            StatementSlice slice = StatementSlice.of(statement.source(), sql);
            if (slice == null) {
                throw new IllegalArgumentException("statement not found in its script at offset "
                        + statement.source().start().offset());
            }
            writeSlice(slice);
            writeValue(statement.parsed());
        }
        return Arrays.copyOf(bytes, size);
    }

    private void writeSlice(StatementSlice slice) {
        writeVarInt(slice.kind().ordinal());
        writePosition(slice.start());
        writeVarInt(slice.textLength());
        writeVarInt(slice.leadingBack());
        writeVarInt(slice.leadingLength());
        writeVarInt(slice.copyAhead() + 1);
        writeVarInt(slice.copyLength());
    }

    private void writePosition(SourcePosition position) {
        writeVarInt(position.line());
        writeVarInt(position.column());
        writeVarInt(position.offset());
    }

    private void writeValue(Object value) {
        if (value == null) {
            writeVarInt(NULL);
        } else if (value instanceof Boolean b) {
            writeVarInt(b ? TRUE : FALSE);
        } else if (value instanceof Integer i) {
            writeVarInt(INT);
            writeVarLong(zigZag(i));
        } else if (value instanceof Long l) {
            writeVarInt(LONG);
            writeVarLong(zigZag(l));
        } else if (value instanceof String s) {
            writeString(s);
        } else if (value instanceof Enum<?> e) {
            writeVarInt(ENUM);
            writeVarInt(types.numberOf(e.getDeclaringClass()));
            writeVarInt(e.ordinal());
        } else if (value instanceof List<?> list) {
            writeVarInt(LIST);
            writeVarInt(list.size());
            list.forEach(this::writeValue);
        } else if (value instanceof Map<?, ?> map) {
            writeVarInt(MAP);
            writeVarInt(map.size());
            map.forEach((k, v) -> {
                writeValue(k);
                writeValue(v);
            });
        } else if (value instanceof Record record) {
            writeVarInt(RECORD);
            writeVarInt(types.numberOf(record.getClass()));
            for (Method accessor : types.record(record.getClass()).accessors()) {
                writeValue(component(accessor, record));
            }
        } else {
            throw new IllegalArgumentException("cannot cache a " + value.getClass().getName());
        }
    }

    private static Object component(Method accessor, Record record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalArgumentException("cannot read " + accessor + " of a " + record.getClass().getName(), e);
        }
    }

    private void writeString(String s) {
        Integer seen = strings.putIfAbsent(s, strings.size());
        if (seen != null) {
            writeVarInt(STRING_AGAIN);
            writeVarInt(seen);
            return;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        writeVarInt(STRING);
        writeVarInt(utf8.length);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
    }

    private static long zigZag(long value) {
        return (value << 1) ^ (value >> 63);
    }

    private void writeVarInt(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative count or offset " + value);
        }
        writeVarLong(value);
    }

    private void writeVarLong(long value) {
        ensure(10);
        while ((value & ~0x7FL) != 0) {
            bytes[size++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        bytes[size++] = (byte) value;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
