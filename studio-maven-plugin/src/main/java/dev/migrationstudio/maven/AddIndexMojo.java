package dev.migrationstudio.maven;

import dev.migrationstudio.core.intent.IntentGraph;
import dev.migrationstudio.core.scaffold.AddIndexScaffold;
import dev.migrationstudio.core.scaffold.Scaffold;
import dev.migrationstudio.core.scaffold.ScaffoldException;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** Writes a non-transactional migration that builds an index with CREATE INDEX CONCURRENTLY. */
@Mojo(name = "add-index", threadSafe = true, requiresProject = true)
public class AddIndexMojo extends AbstractTableScaffoldMojo {

    /** Index name. */
    @Parameter(property = "studio.name")
    private String name;
    /** Indexed columns, in order. */
    @Parameter(property = "studio.columns")
    private List<String> columns;
    /** Builds a unique index. */
    @Parameter(property = "studio.unique", defaultValue = "false")
    private boolean unique;
    @Inject
    public AddIndexMojo(MavenProject project, MavenSession session) {
        super(project, session);
    }

    @Override
    protected String goalName() {
        return "add-index";
    }

    @Override
    protected Scaffold scaffold(IntentGraph graph) throws ScaffoldException, MojoExecutionException {
        return AddIndexScaffold.generate(managedTable(graph), name, columns, unique);
    }
}
