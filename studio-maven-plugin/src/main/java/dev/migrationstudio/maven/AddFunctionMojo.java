package dev.migrationstudio.maven;

import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** Writes a migration that creates a function; a SECURITY DEFINER one always gets a fixed search_path. */
@Mojo(name = "add-function", threadSafe = true, requiresProject = true)
public class AddFunctionMojo extends AbstractFunctionMojo {

    /** Schema of the function. */
    @Parameter(property = "studio.schema", defaultValue = "public")
    private String schema;

    @Inject
    public AddFunctionMojo(MavenProject project, MavenSession session) {
        super(project, session);
    }

    @Override
    protected String schema() {
        return schema;
    }

    @Override
    protected String goalName() {
        return "add-function";
    }
}
