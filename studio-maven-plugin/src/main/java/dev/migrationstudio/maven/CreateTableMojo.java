package dev.migrationstudio.maven;

import dev.migrationstudio.core.intent.IntentGraph;
import dev.migrationstudio.core.scaffold.CreateTableScaffold;
import dev.migrationstudio.core.scaffold.Scaffold;
import dev.migrationstudio.core.scaffold.ScaffoldException;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** Writes a migration that creates a table, with row level security enabled unless studio.rls=false. */
@Mojo(name = "create-table", threadSafe = true, requiresProject = true)
public class CreateTableMojo extends AbstractScaffoldMojo {

    /** Schema of the table. */
    @Parameter(property = "studio.schema", defaultValue = "public")
    private String schema;
    /** Table name, as Postgres should keep it (quoted when needed). */
    @Parameter(property = "studio.name")
    private String name;
    /** Enables row level security (default true). */
    @Parameter(property = "studio.rls", defaultValue = "true")
    private boolean rls;
    @Inject
    public CreateTableMojo(MavenProject project, MavenSession session) {
        super(project, session);
    }

    @Override
    protected String goalName() {
        return "create-table";
    }

    @Override
    protected Scaffold scaffold(IntentGraph graph) throws ScaffoldException, MojoExecutionException {
        return CreateTableScaffold.generate(schema, name, rls);
    }
}
