package dev.migrationstudio.maven;

import dev.migrationstudio.core.scaffold.TableRef;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.project.MavenProject;

/** Writes a migration that creates an RPC: a function in the public schema, which PostgREST exposes. */
@Mojo(name = "create-rpc", threadSafe = true, requiresProject = true)
public class CreateRpcMojo extends AbstractFunctionMojo {

    @Inject
    public CreateRpcMojo(MavenProject project, MavenSession session) {
        super(project, session);
    }

    @Override
    protected String schema() {
        return TableRef.DEFAULT_SCHEMA;
    }

    @Override
    protected String goalName() {
        return "create-rpc";
    }
}
