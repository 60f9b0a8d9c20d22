package dev.migrationstudio.maven;

import dev.migrationstudio.core.intent.IntentGraph;
import dev.migrationstudio.core.scaffold.ScaffoldException;
import dev.migrationstudio.core.scaffold.ScaffoldIntent;
import dev.migrationstudio.core.scaffold.TableRef;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** Scaffolds that change an existing table, which the intent graph must manage ({@code studio.entity}). */
public abstract class AbstractTableScaffoldMojo extends AbstractScaffoldMojo {

    /** The managed table, as schema.name. */
    @Parameter(property = "studio.entity")
    private String entity;

    protected AbstractTableScaffoldMojo(MavenProject project, MavenSession session) {
        super(project, session);
    }

    /** The table named by {@code studio.entity}, refused unless the intent graph manages it. */
    protected TableRef managedTable(IntentGraph graph) throws ScaffoldException {
        TableRef table = TableRef.parse("studio.entity", entity);
        ScaffoldIntent.requireManaged(graph, table);
        return table;
    }
}
