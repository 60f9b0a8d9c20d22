package dev.migrationstudio.core.history;

import static dev.migrationstudio.core.history.EntryEncoder.ENUM;
import static dev.migrationstudio.core.history.EntryEncoder.FALSE;
import static dev.migrationstudio.core.history.EntryEncoder.INT;
import static dev.migrationstudio.core.history.EntryEncoder.LIST;
import static dev.migrationstudio.core.history.EntryEncoder.LONG;
import static dev.migrationstudio.core.history.EntryEncoder.MAP;
import static dev.migrationstudio.core.history.EntryEncoder.NULL;
import static dev.migrationstudio.core.history.EntryEncoder.RECORD;
import static dev.migrationstudio.core.history.EntryEncoder.STRING;
import static dev.migrationstudio.core.history.EntryEncoder.STRING_AGAIN;
import static dev.migrationstudio.core.history.EntryEncoder.TRUE;

import dev.migrationstudio.core.source.MigrationScript;
import dev.migrationstudio.core.sql.parse.ParsedStatement;
import dev.migrationstudio.core.sql.split.SourcePosition;
import dev.migrationstudio.core.sql.split.SplitError;
import dev.migrationstudio.core.sql.split.SqlStatement;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads back what {@link EntryEncoder} wrote, taking the statements' text from the script. Damaged bytes end in an
 * IllegalArgumentException (or another RuntimeException), never in a huge allocation or a loop.
 */
final class EntryDecoder {
    private static final SqlStatement.Kind[] KINDS = SqlStatement.Kind.values();
    /** Far deeper than any statement record nests; a damaged entry stops here, not in a StackOverflowError. */
    private static final int MAX_DEPTH = 64;

    private final CachedTypes types;
    private final byte[] bytes;
    private final int end;
    private final List<String> strings = new ArrayList<>();
    private int position;
    private int depth;

    private EntryDecoder(CachedTypes types, byte[] bytes, int offset, int length) {
        this.types = types;
        this.bytes = bytes;
        this.position = offset;
        this.end = offset + length;
    }

    /** The entry in {@code bytes[offset, offset + length)}, made for {@code script}'s SQL. */
    static ParsedScript decode(MigrationScript script, CachedTypes types, byte[] bytes, int offset, int length) {
        return new EntryDecoder(types, bytes, offset, length).entry(script);
    }

    private ParsedScript entry(MigrationScript script) {
        String sql = script.sql();
        SplitError error = readVarInt() == 0 ? null : new SplitError((String) readValue(), readPosition());
        int count = readCount();
        List<ParsedScript.Statement> statements = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            SqlStatement source = readSlice().rebuild(sql);
            if (!(readValue() instanceof ParsedStatement parsed)) {
                throw new IllegalArgumentException("entry holds no parsed statement at byte " + position);
            }
            statements.add(new ParsedScript.Statement(source, parsed));
        }
        if (position != end) {
            throw new IllegalArgumentException("entry has " + (end - position) + " bytes left over");
        }
        return new ParsedScript(script, statements, error);
    }

    private StatementSlice readSlice() {
        int kind = readVarInt();
        if (kind >= KINDS.length) {
            throw new IllegalArgumentException("no statement kind numbered " + kind);
        }
        return new StatementSlice(KINDS[kind], readPosition(), readVarInt(), readVarInt(), readVarInt(),
                readVarInt() - 1, readVarInt());
    }

    private SourcePosition readPosition() {
        return new SourcePosition(readVarInt(), readVarInt(), readVarInt());
    }

    private Object readValue() {
        if (++depth > MAX_DEPTH) {
            throw new IllegalArgumentException("values nested deeper than " + MAX_DEPTH + " at byte " + position);
        }
        Object value = readTagged(readVarInt());
        depth--;
        return value;
    }

    private Object readTagged(int tag) {
        return switch (tag) {
            case NULL -> null;
            case FALSE -> Boolean.FALSE;
            case TRUE -> Boolean.TRUE;
            case INT -> Math.toIntExact(unZigZag(readVarLong()));
            case LONG -> unZigZag(readVarLong());
            case STRING -> readNewString();
            case STRING_AGAIN -> strings.get(readVarInt());
            case ENUM -> readEnum();
            case LIST -> readList();
            case MAP -> readMap();
            case RECORD -> readRecord();
            default -> throw new IllegalArgumentException("unknown value tag " + tag + " at byte " + position);
        };
    }

    private String readNewString() {
        int length = readCount();
        String s = new String(bytes, position, length, StandardCharsets.UTF_8);
        position += length;
        strings.add(s);
        return s;
    }

    private Object readEnum() {
        Object[] constants = types.type(readVarInt()).getEnumConstants();
        if (constants == null) {
            throw new IllegalArgumentException("not an enum at byte " + position);
        }
        return constants[readVarInt()];
    }

    private List<Object> readList() {
        Object[] elements = new Object[readCount()];
        boolean hasNull = false;
        for (int i = 0; i < elements.length; i++) {
            elements[i] = readValue();
            hasNull |= elements[i] == null;
        }
        return hasNull ? Collections.unmodifiableList(Arrays.asList(elements)) : List.of(elements);
    }

    private Map<Object, Object> readMap() {
        int size = readCount();
        Map<Object, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            map.put(readValue(), readValue());
        }
        return Collections.unmodifiableMap(map);
    }

    private Object readRecord() {
        CachedTypes.RecordType record = types.record(types.type(readVarInt()));
        Object[] components = new Object[record.accessors().length];
        for (int i = 0; i < components.length; i++) {
            components[i] = readValue();
        }
        try {
            return record.constructor().newInstance(components);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalArgumentException("cannot rebuild a " + record.type().getName(), e);
        }
    }

    /** A length or count: at most what is left to read, as each element takes at least a byte. */
    private int readCount() {
        int count = readVarInt();
        if (count > end - position) {
            throw new IllegalArgumentException("count " + count + " beyond the entry's end");
        }
        return count;
    }

    private int readVarInt() {
        return Math.toIntExact(readVarLong());
    }

    private long readVarLong() {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (position >= end) {
                throw new IllegalArgumentException("entry ends inside a number");
            }
            byte b = bytes[position++];
            value |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("number longer than 10 bytes");
    }

    private static long unZigZag(long value) {
        return (value >>> 1) ^ -(value & 1);
    }
}
