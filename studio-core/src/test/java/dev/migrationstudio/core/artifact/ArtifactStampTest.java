package dev.migrationstudio.core.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactStampTest {

    @Test
    void isCurrentOnlyWhileTheFileIsAsStamped(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("latest.json"), "{\"a\":1}");
        ArtifactStamp stamp = ArtifactStamp.of(file);
        assertThat(stamp.isCurrent()).isTrue();

        Files.writeString(file, "{\"a\":22}");
        assertThat(stamp.isCurrent()).as("rewritten with another size").isFalse();

        Files.writeString(file, "{\"a\":1}");
        Files.setLastModifiedTime(file, FileTime.fromMillis(stamp.modifiedMillis() + 5_000));
        assertThat(stamp.isCurrent()).as("same size, touched later").isFalse();

        Files.delete(file);
        assertThat(stamp.isCurrent()).as("deleted").isFalse();
    }
}
