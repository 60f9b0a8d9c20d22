package dev.migrationstudio.maven;

import dev.migrationstudio.core.shadow.PostgresBinaries;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;

/**
 * Fetches the PostgreSQL binaries for this OS and architecture only, through Maven's own artifact resolution
 * (local repository, mirrors and proxies from settings.xml apply).
 */
final class PostgresBinariesResolver {
    static final String GROUP_ID = "io.zonky.test.postgres";

    private final RepositorySystem repositorySystem;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;

    PostgresBinariesResolver(RepositorySystem repositorySystem, RepositorySystemSession session,
                             List<RemoteRepository> repositories) {
        this.repositorySystem = repositorySystem;
        this.session = session;
        this.repositories = repositories;
    }

    PostgresBinaries resolve(int pgVersion) throws MojoExecutionException {
        String version;
        try {
            version = PostgresBinaries.versionForMajor(pgVersion);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        String artifactId = PostgresBinaries.artifactIdForThisPlatform();
        DefaultArtifact artifact = new DefaultArtifact(GROUP_ID, artifactId, "jar", version);
        try {
            ArtifactResult result = repositorySystem.resolveArtifact(session,
                    new ArtifactRequest(artifact, repositories, "studio-shadow-database"));
            return new PostgresBinaries(result.getArtifact().getFile().toPath(), version);
        } catch (ArtifactResolutionException e) {
            throw new MojoExecutionException("Cannot fetch PostgreSQL " + version + " binaries for this platform ("
                    + GROUP_ID + ":" + artifactId + ":" + version + ") for the shadow database: " + e.getMessage()
                    + ". Check network access to your Maven repository, or give a live database with studio.url.");
        }
    }
}
