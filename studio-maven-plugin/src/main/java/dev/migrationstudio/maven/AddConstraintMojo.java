package dev.migrationstudio.maven;

import dev.migrationstudio.core.intent.IntentGraph;
import dev.migrationstudio.core.scaffold.AddConstraintScaffold;
import dev.migrationstudio.core.scaffold.Scaffold;
import dev.migrationstudio.core.scaffold.ScaffoldException;
import dev.migrationstudio.core.scaffold.TableRef;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** Writes migrations that add a constraint without a long lock: NOT VALID then VALIDATE, or a unique index built concurrently. */
@Mojo(name = "add-constraint", threadSafe = true, requiresProject = true)
public class AddConstraintMojo extends AbstractTableScaffoldMojo {

    /** Constraint name. */
    @Parameter(property = "studio.name")
    private String name;
    /** fk, unique or check. */
    @Parameter(property = "studio.type")
    private String type;
    /** Constrained columns (fk, unique). */
    @Parameter(property = "studio.columns")
    private List<String> columns;
    /** Referenced table as schema.name (fk). */
    @Parameter(property = "studio.references")
    private String references;
    /** Referenced columns (fk). */
    @Parameter(property = "studio.referencedColumns")
    private List<String> referencedColumns;
    /** Referential action on delete (fk). */
    @Parameter(property = "studio.onDelete")
    private String onDelete;
    /** Check expression (check). */
    @Parameter(property = "studio.expression")
    private String expression;
    @Inject
    public AddConstraintMojo(MavenProject project, MavenSession session) {
        super(project, session);
    }

    @Override
    protected String goalName() {
        return "add-constraint";
    }

    @Override
    protected Scaffold scaffold(IntentGraph graph) throws ScaffoldException, MojoExecutionException {
        TableRef table = managedTable(graph);
        String kind = type == null ? "" : type.trim().toLowerCase(java.util.Locale.ROOT);
        return switch (kind) {
            case "fk" -> AddConstraintScaffold.generate(table, name, new AddConstraintScaffold.Kind.ForeignKey(columns,
                    TableRef.parse("studio.references", references), referencedColumns, onDelete));
            case "unique" -> AddConstraintScaffold.generate(table, name, new AddConstraintScaffold.Kind.Unique(columns));
            case "check" -> AddConstraintScaffold.generate(table, name, new AddConstraintScaffold.Kind.Check(expression));
            default -> throw new ScaffoldException("studio.type '" + type + "' is not a constraint type: use fk, unique or check");
        };
    }
}
