package dev.migrationstudio.core.history;

import dev.migrationstudio.core.source.MigrationScript;
import java.io.IOException;
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
 * Parsed scripts by the {@link ContentDigest} of their SQL, in a directory, so an unchanged script is not split and
 * parsed again.
 * An entry holds no SQL text: statements are stored as slices of the script's SQL, which the caller has in memory
 * anyway, and their parse records in a compact form ({@link EntryEncoder}). Opening the cache only reads and checks
 * its {@link #SHARDS} files; an entry is decoded when {@link #parse} asks for it, so the decoding runs on the
 * threads of {@link HistoryAnalyzer#parseAll}. A file written by another parser version or statement model, or
 * damaged, is ignored, never trusted; so is an entry that does not decode. Thread-safe for {@link #parse}.
 */
public final class ParseCache {
    /** One shard per core of a typical CI runner. */
    private static final int SHARDS = 2;

    private final Path directory;
    private final String parserVersion;
    private final CachedTypes types = CachedTypes.STATEMENTS;
    private final Map<String, ParseCacheFile.Blob> previous;
    private final Map<String, ParseCacheFile.Blob> used = new ConcurrentHashMap<>();
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();

    /** Hits and misses of one run. */
    public record Stats(int hits, int misses) {
    }

    private ParseCache(Path directory, String parserVersion, Map<String, ParseCacheFile.Blob> previous) {
        this.directory = directory;
        this.parserVersion = parserVersion;
        this.previous = previous;
    }

    /** The cache in {@code directory}; empty when missing, unreadable or from another parser version. */
    public static ParseCache open(Path directory, String parserVersion) {
        String schemaId = CachedTypes.STATEMENTS.schemaId();
        Map<String, ParseCacheFile.Blob> previous = new ConcurrentHashMap<>();
        IntStream.range(0, SHARDS).parallel().forEach(shard -> previous.putAll(
                ParseCacheFile.read(shardFile(directory, shard), parserVersion, schemaId)));
        return new ParseCache(directory, parserVersion, previous);
    }

    private static Path shardFile(Path directory, int shard) {
        return directory.resolve("parsed-" + shard + ".bin");
    }

    public ParsedScript parse(MigrationScript script, Function<MigrationScript, ParsedScript> parser) {
        String key = ContentDigest.of(script.sql());
        ParseCacheFile.Blob blob = previous.get(key);
        if (blob == null) {
            blob = used.get(key);
        }
        ParsedScript cached = blob == null ? null : decode(script, blob);
        if (cached != null) {
            hits.incrementAndGet();
            used.put(key, blob);
            return cached;
        }
        misses.incrementAndGet();
        ParsedScript parsed = parser.apply(script);
        try {
            used.put(key, ParseCacheFile.Blob.of(EntryEncoder.encode(parsed, types)));
        } catch (IllegalArgumentException e) {
            // Not storable (see EntryEncoder.encode): the script is parsed again next time.
        }
        return parsed;
    }

    private ParsedScript decode(MigrationScript script, ParseCacheFile.Blob blob) {
        try {
            return EntryDecoder.decode(script, types, blob.data(), blob.offset(), blob.length());
        } catch (RuntimeException e) {
            // A damaged entry only costs a parse.
            return null;
        }
    }

    public Stats stats() {
        return new Stats(hits.get(), misses.get());
    }

    /**
     * Writes the entries used in this run (so removed scripts leave the cache), each shard atomically; nothing
     * when the run used exactly what was cached. Entries read from the cache are copied, not encoded again.
     */
    public void save() throws IOException {
        if (misses.get() == 0 && used.size() == previous.size()) {
            return;
        }
        Files.createDirectories(directory);
        List<Map<String, ParseCacheFile.Blob>> shards = new ArrayList<>();
        for (int i = 0; i < SHARDS; i++) {
            shards.add(new HashMap<>());
        }
        used.forEach((key, blob) -> shards.get(Math.floorMod(key.hashCode(), SHARDS)).put(key, blob));
        for (int i = 0; i < SHARDS; i++) {
            ParseCacheFile.write(shardFile(directory, i), parserVersion, types.schemaId(), shards.get(i));
        }
    }
}
