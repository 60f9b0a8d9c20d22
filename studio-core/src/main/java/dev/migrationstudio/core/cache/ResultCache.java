package dev.migrationstudio.core.cache;

import dev.migrationstudio.core.io.AtomicFiles;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The last result of each kind of work, filed under a key that digests everything the result depends on
 * ({@link dev.migrationstudio.core.history.HistoryFingerprint} and the goal's settings), so a goal whose inputs did
 * not change reuses what it found last time instead of doing the work again. One file per kind under the
 * directory ({@code target/studio/results}); a result written by another build of the plugin, under another key,
 * or unreadable is a miss, never trusted.
 */
public final class ResultCache {
    private static final int FORMAT = 1;

    private final Path directory;
    private final String buildId;

    /** @param buildId identifies the plugin build ({@code ParserVersion.current()}): its results only */
    public ResultCache(Path directory, String buildId) {
        this.directory = directory;
        this.buildId = buildId;
    }

    /** What was stored as {@code kind} under exactly {@code key}, if anything. */
    public <T extends Serializable> Optional<T> read(String kind, String key, Class<T> type) {
        Path file = fileOf(kind);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             ObjectInputStream objects = new ObjectInputStream(in)) {
            if (objects.readInt() != FORMAT || !objects.readUTF().equals(buildId) || !objects.readUTF().equals(key)) {
                return Optional.empty();
            }
            Object value = objects.readObject();
            return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            // A damaged or foreign result only costs doing the work again.
            return Optional.empty();
        }
    }

    /** Stores {@code value} as the result of {@code kind} under {@code key}, replacing the previous one. */
    public void write(String kind, String key, Serializable value) throws IOException {
        AtomicFiles.replace(fileOf(kind), out -> {
            ObjectOutputStream objects = new ObjectOutputStream(out);
            objects.writeInt(FORMAT);
            objects.writeUTF(buildId);
            objects.writeUTF(key);
            objects.writeObject(value);
            objects.flush();
        });
    }

    private Path fileOf(String kind) {
        return directory.resolve(kind + ".bin");
    }
}
