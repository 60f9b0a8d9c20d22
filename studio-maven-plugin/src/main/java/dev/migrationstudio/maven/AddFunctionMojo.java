package dev.migrationstudio.maven;

import dev.migrationstudio.core.intent.IntentGraph;
import dev.migrationstudio.core.scaffold.AddFunctionScaffold;
import dev.migrationstudio.core.scaffold.Scaffold;
import dev.migrationstudio.core.scaffold.ScaffoldException;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** Writes a migration that creates a function; a SECURITY DEFINER one always gets a fixed search_path. */
@Mojo(name = "add-function", threadSafe = true, requiresProject = true)
public class AddFunctionMojo extends AbstractScaffoldMojo {

    /** Schema of the function. */
    @Parameter(property = "studio.schema", defaultValue = "public")
    private String schema;
    /** Function name. */
    @Parameter(property = "studio.name")
    private String name;
    /** Argument list, e.g. \"p_id uuid, p_limit integer\". */
    @Parameter(property = "studio.arguments")
    private String arguments;
    /** Return type, e.g. bigint, setof public.todos, void. */
    @Parameter(property = "studio.returns")
    private String returns;
    /** sql or plpgsql. */
    @Parameter(property = "studio.language", defaultValue = "sql")
    private String language;
    /** File holding the function body. */
    @Parameter(property = "studio.bodyFile")
    private java.io.File bodyFile;
    /** definer or invoker. */
    @Parameter(property = "studio.security", defaultValue = "invoker")
    private String security;
    /** search_path of a definer function (default empty: qualify every name). */
    @Parameter(property = "studio.searchPath")
    private String searchPath;
    /** Roles granted EXECUTE. */
    @Parameter(property = "studio.roles")
    private List<String> roles;
    @Inject
    public AddFunctionMojo(MavenProject project, MavenSession session) {
        super(project, session);
    }

    @Override
    protected String goalName() {
        return "add-function";
    }

    @Override
    protected Scaffold scaffold(IntentGraph graph) throws ScaffoldException, MojoExecutionException {
        return AddFunctionScaffold.generate(new AddFunctionScaffold.Request(schema, name, arguments, returns, language,
                FunctionBody.read(bodyFile), FunctionBody.definer(security), searchPath, roles));
    }
}
