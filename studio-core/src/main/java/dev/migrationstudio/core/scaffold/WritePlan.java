package dev.migrationstudio.core.scaffold;

import dev.migrationstudio.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
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
            AtomicFiles.replace(target, out -> out.write(file.content().getBytes(encoding)));
        } catch (IOException e) {
            throw new MigrationWriteException("Cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
