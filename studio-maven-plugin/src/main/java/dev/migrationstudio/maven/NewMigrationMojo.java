package dev.migrationstudio.maven;

import dev.migrationstudio.core.intent.IntentGraph;
import dev.migrationstudio.core.scaffold.EmptyMigrationScaffold;
import dev.migrationstudio.core.scaffold.Scaffold;
import dev.migrationstudio.core.scaffold.ScaffoldException;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** Writes an empty migration, named and numbered the project's way, with its rollback beside it. */
@Mojo(name = "new", threadSafe = true, requiresProject = true)
public class NewMigrationMojo extends AbstractScaffoldMojo {

    /** What the migration does, e.g. backfill_slugs. */
    @Parameter(property = "studio.name")
    private String name;
    @Inject
    public NewMigrationMojo(MavenProject project, MavenSession session) {
        super(project, session);
    }

    @Override
    protected String goalName() {
        return "new";
    }

    @Override
    protected Scaffold scaffold(IntentGraph graph) throws ScaffoldException, MojoExecutionException {
        return EmptyMigrationScaffold.generate(name);
    }
}
