package dev.migrationstudio.maven;

import dev.migrationstudio.core.artifact.ArtifactEnvelope;
import dev.migrationstudio.core.artifact.ArtifactId;
import dev.migrationstudio.core.artifact.ArtifactStore;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;

/** Reading and writing the artifacts the Understand goals pass to each other, with messages that say what to run. */
final class IntentArtifacts {
    private IntentArtifacts() {
    }

    static <T> T require(ArtifactStore store, ArtifactId id, Class<T> type, String producer)
            throws MojoExecutionException {
        try {
            return store.read(id, type).map(ArtifactEnvelope::data).orElseThrow(() -> new MojoExecutionException(
                    "No " + id + " artifact at " + store.pathOf(id) + ": run " + producer + " first"));
        } catch (IOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    static Path write(ArtifactStore store, ArtifactId id, Object data) throws MojoExecutionException {
        try {
            return store.write(id, data);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write " + store.pathOf(id) + ": " + e.getMessage()
                    + " (check studio.artifactsDirectory)", e);
        }
    }
}
