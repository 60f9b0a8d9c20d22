package dev.migrationstudio.core.artifact;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A written file as it was just after writing (size and modification time), to tell later whether it is still
 * that file: a goal that finds its inputs unchanged leaves an artifact alone only while it is.
 */
public record ArtifactStamp(String file, long size, long modifiedMillis) implements Serializable {

    public static ArtifactStamp of(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new ArtifactStamp(file.toAbsolutePath().normalize().toString(), attributes.size(),
                attributes.lastModifiedTime().toMillis());
    }

    public Path path() {
        return Path.of(file);
    }

    /** True while the file is there with the size and time it had when stamped. */
    public boolean isCurrent() {
        try {
            return equals(of(path()));
        } catch (IOException e) {
            return false;
        }
    }
}
