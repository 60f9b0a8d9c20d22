package dev.migrationstudio.core.scaffold;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The files a writer would create or replace, with their full new content. {@link #commit()} writes each one to a
 * temporary file beside it and moves it into place atomically, so a reader never sees half a migration.
 *
 * @param files    what to write, in order
 * @param migrated for each draft, the file that holds it (a script, or the changelog the changeset went into)
 */
public record WritePlan(List<FileWrite> files, List<Path> migrated, Charset encoding) {

    /** One file and its complete content; {@code replaces} tells an edited changelog from a new script. */
    public record FileWrite(Path path, String content, boolean replaces) {
    }

    public WritePlan {
        files = List.copyOf(files);
        migrated = List.copyOf(migrated);
    }

    /** Writes every file; refuses to overwrite a file that appeared since the plan was made. */
    public List<Path> commit() throws MigrationWriteException {
        List<Path> written = new ArrayList<>();
        for (FileWrite file : files) {
            if (!file.replaces() && Files.exists(file.path())) {
                throw new MigrationWriteException(file.path() + " already exists: nothing was overwritten; run the goal"
                        + " again to pick the next free version");
            }
            write(file);
            written.add(file.path());
        }
        return written;
    }

    private void write(FileWrite file) throws MigrationWriteException {
        Path target = file.path().toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try {
                Files.writeString(temp, file.content(), encoding);
                move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new MigrationWriteException("Cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
