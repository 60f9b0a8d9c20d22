package dev.migrationstudio.maven;

import dev.migrationstudio.core.intent.IntentGraph;
import dev.migrationstudio.core.scaffold.AddFunctionScaffold;
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

/** Writes a migration that creates an RPC: a function in the public schema, which PostgREST exposes. */
@Mojo(name = "create-rpc", threadSafe = true, requiresProject = true)
public class CreateRpcMojo extends AbstractScaffoldMojo {

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
    public CreateRpcMojo(MavenProject project, MavenSession session) {
        super(project, session);
    }

    @Override
    protected String goalName() {
        return "create-rpc";
    }

    @Override
    protected Scaffold scaffold(IntentGraph graph) throws ScaffoldException, MojoExecutionException {
        return AddFunctionScaffold.generate(new AddFunctionScaffold.Request(TableRef.DEFAULT_SCHEMA, name, arguments, returns, language,
                FunctionBody.read(bodyFile), FunctionBody.definer(security), searchPath, roles));
    }
}
