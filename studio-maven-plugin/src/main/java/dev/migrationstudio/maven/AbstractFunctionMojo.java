package dev.migrationstudio.maven;

import dev.migrationstudio.core.intent.IntentGraph;
import dev.migrationstudio.core.scaffold.AddFunctionScaffold;
import dev.migrationstudio.core.scaffold.Scaffold;
import dev.migrationstudio.core.scaffold.ScaffoldException;
import java.io.File;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** The parameters of a scaffolded function: {@code add-function} and {@code create-rpc} differ only in schema. */
public abstract class AbstractFunctionMojo extends AbstractScaffoldMojo {

    /** Function name. */
    @Parameter(property = "studio.name")
    private String name;
    /** Argument list, e.g. {@code p_id uuid, p_limit integer}. */
    @Parameter(property = "studio.arguments")
    private String arguments;
    /** Return type, e.g. {@code bigint}, {@code setof public.todos}, {@code void}. */
    @Parameter(property = "studio.returns")
    private String returns;
    /** {@code sql} or {@code plpgsql}. */
    @Parameter(property = "studio.language", defaultValue = "sql")
    private String language;
    /** File holding the function body. */
    @Parameter(property = "studio.bodyFile")
    private File bodyFile;
    /** {@code definer} or {@code invoker}. */
    @Parameter(property = "studio.security", defaultValue = "invoker")
    private String security;
    /** search_path of a definer function (default empty: qualify every name). */
    @Parameter(property = "studio.searchPath")
    private String searchPath;
    /** Roles granted EXECUTE. */
    @Parameter(property = "studio.roles")
    private List<String> roles;

    protected AbstractFunctionMojo(MavenProject project, MavenSession session) {
        super(project, session);
    }

    /** The schema the function is created in. */
    protected abstract String schema();

    @Override
    protected Scaffold scaffold(IntentGraph graph) throws ScaffoldException, MojoExecutionException {
        return AddFunctionScaffold.generate(new AddFunctionScaffold.Request(schema(), name, arguments, returns,
                language, FunctionBody.read(bodyFile), FunctionBody.definer(security), searchPath, roles));
    }
}
