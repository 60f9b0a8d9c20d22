package dev.migrationstudio.maven;

import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/** {@code migration-lint}: another name for {@code lint}, same parameters and artifact. */
@Mojo(name = "migration-lint", threadSafe = true, requiresProject = true)
public class MigrationLintMojo extends LintMojo {

    @Inject
    public MigrationLintMojo(MavenProject project, MavenSession session, RepositorySystem repositorySystem,
                  SettingsDecrypter settingsDecrypter) {
        super(project, session, repositorySystem, settingsDecrypter);
    }

    @Override
    protected String goalName() {
        return "migration-lint";
    }
}
