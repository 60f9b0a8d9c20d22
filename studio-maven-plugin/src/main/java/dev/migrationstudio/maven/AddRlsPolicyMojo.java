package dev.migrationstudio.maven;

import dev.migrationstudio.core.intent.IntentGraph;
import dev.migrationstudio.core.scaffold.AddRlsPolicyScaffold;
import dev.migrationstudio.core.scaffold.PolicyCommand;
import dev.migrationstudio.core.scaffold.Scaffold;
import dev.migrationstudio.core.scaffold.ScaffoldException;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** Writes a migration that adds a row level security policy to a managed table. */
@Mojo(name = "add-rls-policy", threadSafe = true, requiresProject = true)
public class AddRlsPolicyMojo extends AbstractTableScaffoldMojo {

    /** Policy name. */
    @Parameter(property = "studio.name")
    private String name;
    /** all, select, insert, update or delete. */
    @Parameter(property = "studio.command", defaultValue = "all")
    private String command;
    /** Roles the policy applies to (public for everyone). */
    @Parameter(property = "studio.roles")
    private List<String> roles;
    /** USING predicate: which existing rows the roles reach. */
    @Parameter(property = "studio.using")
    private String using;
    /** WITH CHECK predicate: which new rows the roles may write. */
    @Parameter(property = "studio.withCheck")
    private String withCheck;
    @Inject
    public AddRlsPolicyMojo(MavenProject project, MavenSession session) {
        super(project, session);
    }

    @Override
    protected String goalName() {
        return "add-rls-policy";
    }

    @Override
    protected Scaffold scaffold(IntentGraph graph) throws ScaffoldException, MojoExecutionException {
        return AddRlsPolicyScaffold.generate(managedTable(graph), name, PolicyCommand.parse(command), roles, using, withCheck);
    }
}
