package dev.migrationstudio.core.history;

import dev.migrationstudio.core.source.MigrationScript;
import dev.migrationstudio.core.sql.split.SplitError;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Parsed scripts by the SHA-256 of their SQL, in one file, so an unchanged script is not split and parsed again.
 * The file holds Java-serialized parse records: the whole history loads in one read with no mapping layer, and a
 * file written by another parser version (or unreadable) is ignored, never trusted. Thread-safe for
 * {@link #parse}: {@link HistoryAnalyzer#parseAll} calls it from several threads.
 */
public final class ParseCache {
    private static final int FORMAT = 1;

    private final Path file;
    private final String parserVersion;
    private final Map<String, Entry> previous;
    private final Map<String, Entry> used = new ConcurrentHashMap<>();
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();

    /** What is cached for one script text: its statements, parsed, and where splitting stopped. */
    private record Entry(List<ParsedScript.Statement> statements, SplitError splitError) implements Serializable {
    }

    /** Hits and misses of one run. */
    public record Stats(int hits, int misses) {
    }

    private ParseCache(Path file, String parserVersion, Map<String, Entry> previous) {
        this.file = file;
        this.parserVersion = parserVersion;
        this.previous = previous;
    }

    /** The cache in {@code file}; empty when the file is missing, unreadable or from another parser version. */
    public static ParseCache open(Path file, String parserVersion) {
        return new ParseCache(file, parserVersion, readEntries(file, parserVersion));
    }

    public ParsedScript parse(MigrationScript script, Function<MigrationScript, ParsedScript> parser) {
        String key = sha256(script.sql());
        Entry entry = previous.get(key);
        if (entry == null) {
            entry = used.get(key);
        }
        if (entry != null) {
            hits.incrementAndGet();
            used.put(key, entry);
            return new ParsedScript(script, entry.statements(), entry.splitError());
        }
        misses.incrementAndGet();
        ParsedScript parsed = parser.apply(script);
        used.put(key, new Entry(parsed.statements(), parsed.splitError()));
        return parsed;
    }

    public Stats stats() {
        return new Stats(hits.get(), misses.get());
    }

    /** Writes the entries used in this run (so removed scripts leave the cache), atomically. */
    public void save() throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".parse-cache-", ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
                 ObjectOutputStream objects = new ObjectOutputStream(out)) {
                objects.writeInt(FORMAT);
                objects.writeUTF(parserVersion);
                objects.writeObject(new HashMap<>(used));
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Entry> readEntries(Path file, String parserVersion) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             ObjectInputStream objects = new ObjectInputStream(in)) {
            if (objects.readInt() != FORMAT || !objects.readUTF().equals(parserVersion)) {
                return Map.of();
            }
            return (Map<String, Entry>) objects.readObject();
        } catch (IOException | ClassNotFoundException | ClassCastException | IllegalArgumentException e) {
            // A stale or damaged cache only costs a full parse.
            return Map.of();
        }
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
