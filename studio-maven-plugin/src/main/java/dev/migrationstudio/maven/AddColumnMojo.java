package dev.migrationstudio.maven;

import dev.migrationstudio.core.intent.IntentGraph;
import dev.migrationstudio.core.scaffold.AddColumnScaffold;
import dev.migrationstudio.core.scaffold.Scaffold;
import dev.migrationstudio.core.scaffold.ScaffoldException;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** Writes a migration that adds a column to a managed table; refuses NOT NULL without a default. */
@Mojo(name = "add-column", threadSafe = true, requiresProject = true)
public class AddColumnMojo extends AbstractTableScaffoldMojo {

    /** Column name. */
    @Parameter(property = "studio.name")
    private String name;
    /** Column type, e.g. text or numeric(10, 2). */
    @Parameter(property = "studio.type")
    private String type;
    /** Whether the column may be null. */
    @Parameter(property = "studio.nullable", defaultValue = "false")
    private boolean nullable;
    /** Default expression; checked to be one expression. */
    @Parameter(property = "studio.default", alias = "default")
    private String default_;
    @Inject
    public AddColumnMojo(MavenProject project, MavenSession session) {
        super(project, session);
    }

    @Override
    protected String goalName() {
        return "add-column";
    }

    @Override
    protected Scaffold scaffold(IntentGraph graph) throws ScaffoldException, MojoExecutionException {
        return AddColumnScaffold.generate(managedTable(graph), name, type, nullable, this.default_);
    }
}
