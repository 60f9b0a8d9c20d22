package dev.migrationstudio.maven;

import dev.migrationstudio.core.gate.GateEvidenceReader;
import java.io.IOException;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Judges the evidence already on disk ({@code studio.migration.lint}, {@code studio.rls.report},
 * {@code studio.rpc.plan}) into {@code studio.release.gate}; fails the build when the gate fails, or when there is no
 * evidence at all ({@code no_validation}).
 */
@Mojo(name = "release-gate", threadSafe = true, requiresProject = true)
public class ReleaseGateMojo extends AbstractGateMojo {

    @Inject
    public ReleaseGateMojo(MavenProject project, MavenSession session, RepositorySystem repositorySystem,
                  SettingsDecrypter settingsDecrypter) {
        super(project, session, repositorySystem, settingsDecrypter);
    }

    @Override
    protected String goalName() {
        return "release-gate";
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        try {
            conclude(new GateEvidenceReader(artifactStore()).readAll(), List.of());
        } catch (IOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }
}
