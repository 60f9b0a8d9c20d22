package dev.migrationstudio.core.history;

import dev.migrationstudio.core.cache.Sha256;
import dev.migrationstudio.core.io.AtomicFiles;
import dev.migrationstudio.core.source.MigrationScript;
import dev.migrationstudio.core.sql.split.SplitError;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Parsed scripts by the SHA-256 of their SQL, in a directory, so an unchanged script is not split and parsed again.
 * The entries are Java-serialized parse records (no mapping layer to keep in step with the sealed statement model),
 * split over {@link #SHARDS} files that load in parallel; a shard written by another parser version, or unreadable,
 * is ignored, never trusted. Thread-safe for {@link #parse}: {@link HistoryAnalyzer#parseAll} calls it from
 * several threads.
 */
public final class ParseCache {
    private static final int FORMAT = 1;
    /** One shard per core of a typical CI runner: loading is the cost of a warm run. */
    private static final int SHARDS = 2;

    private final Path directory;
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

    private ParseCache(Path directory, String parserVersion, Map<String, Entry> previous) {
        this.directory = directory;
        this.parserVersion = parserVersion;
        this.previous = previous;
    }

    /** The cache in {@code directory}; empty when missing, unreadable or from another parser version. */
    public static ParseCache open(Path directory, String parserVersion) {
        Map<String, Entry> previous = new ConcurrentHashMap<>();
        IntStream.range(0, SHARDS).parallel()
                .forEach(shard -> previous.putAll(readEntries(shardFile(directory, shard), parserVersion)));
        return new ParseCache(directory, parserVersion, previous);
    }

    private static Path shardFile(Path directory, int shard) {
        return directory.resolve("parsed-" + shard + ".bin");
    }

    public ParsedScript parse(MigrationScript script, Function<MigrationScript, ParsedScript> parser) {
        String key = Sha256.hex(script.sql());
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

    /**
     * Writes the entries used in this run (so removed scripts leave the cache), each shard atomically; nothing
     * when the run used exactly what was cached.
     */
    public void save() throws IOException {
        if (misses.get() == 0 && used.size() == previous.size()) {
            return;
        }
        Files.createDirectories(directory);
        List<Map<String, Entry>> shards = new ArrayList<>();
        for (int i = 0; i < SHARDS; i++) {
            shards.add(new HashMap<>());
        }
        used.forEach((key, entry) -> shards.get(Math.floorMod(key.hashCode(), SHARDS)).put(key, entry));
        for (int i = 0; i < SHARDS; i++) {
            write(shardFile(directory, i), shards.get(i));
        }
    }

    private void write(Path file, Map<String, Entry> entries) throws IOException {
        AtomicFiles.replace(file, out -> {
            ObjectOutputStream objects = new ObjectOutputStream(out);
            objects.writeInt(FORMAT);
            objects.writeUTF(parserVersion);
            objects.writeObject(entries);
            objects.flush();
        });
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
}
