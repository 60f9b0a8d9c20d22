package dev.migrationstudio.maven;

import dev.migrationstudio.core.intent.IntentGraph;
import dev.migrationstudio.core.scaffold.CreateViewScaffold;
import dev.migrationstudio.core.scaffold.Scaffold;
import dev.migrationstudio.core.scaffold.ScaffoldException;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** Writes a migration that creates a security_invoker view. */
@Mojo(name = "create-view", threadSafe = true, requiresProject = true)
public class CreateViewMojo extends AbstractScaffoldMojo {

    /** Schema of the view. */
    @Parameter(property = "studio.schema", defaultValue = "public")
    private String schema;
    /** View name. */
    @Parameter(property = "studio.name")
    private String name;
    /** The query; checked to be one query. */
    @Parameter(property = "studio.query")
    private String query;
    @Inject
    public CreateViewMojo(MavenProject project, MavenSession session) {
        super(project, session);
    }

    @Override
    protected String goalName() {
        return "create-view";
    }

    @Override
    protected Scaffold scaffold(IntentGraph graph) throws ScaffoldException, MojoExecutionException {
        return CreateViewScaffold.generate(schema, name, query);
    }
}
