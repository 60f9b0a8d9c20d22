package dev.migrationstudio.maven;

import dev.migrationstudio.core.artifact.ArtifactId;
import dev.migrationstudio.core.artifact.ArtifactStore;
import dev.migrationstudio.core.intent.IntentGraph;
import dev.migrationstudio.core.json.Json;
import dev.migrationstudio.core.scaffold.MigrationDraft;
import dev.migrationstudio.core.scaffold.MigrationWriteException;
import dev.migrationstudio.core.scaffold.Scaffold;
import dev.migrationstudio.core.scaffold.ScaffoldException;
import dev.migrationstudio.core.scaffold.ScaffoldIntent;
import dev.migrationstudio.core.scaffold.WritePlan;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The Generate goals: build a scaffold in the core, write it with the project's tool (Flyway scripts or Liquibase
 * changesets), record what it creates in the intent graph, print the files and the SQL. A request the generator
 * refuses is a build failure whose message names the setting to fix.
 */
public abstract class AbstractScaffoldMojo extends AbstractHistoryMojo {

    /** Plans and prints, writes nothing (no migration, no intent graph change). */
    @Parameter(property = "studio.dryRun", defaultValue = "false")
    private boolean dryRun;

    /** Liquibase changeset author; default: the user running the build. */
    @Parameter(property = "studio.author", defaultValue = "${user.name}")
    private String author;

    protected AbstractScaffoldMojo(MavenProject project, MavenSession session) {
        super(project, session);
    }

    /** The goal's scaffold; {@code graph} is the current intent graph. */
    protected abstract Scaffold scaffold(IntentGraph graph) throws ScaffoldException, MojoExecutionException;

    @Override
    protected final void run() throws MojoExecutionException, MojoFailureException {
        ArtifactStore store = artifactStore();
        IntentGraph graph = IntentArtifacts.require(store, ArtifactId.INTENT_GRAPH, IntentGraph.class,
                "studio:greenfield-init (new project) or studio:adopt (existing one)");
        Scaffold scaffold;
        try {
            scaffold = scaffold(graph);
        } catch (ScaffoldException e) {
            throw new MojoFailureException(goalName() + ": " + e.getMessage());
        }
        WritePlan plan;
        try {
            plan = new MigrationSourceFactory(project).writer(historyRequest(), author).plan(scaffold.migrations());
            if (!dryRun) {
                plan.commit();
                IntentArtifacts.write(store, ArtifactId.INTENT_GRAPH, ScaffoldIntent.record(graph, scaffold.migrations()));
            }
        } catch (MigrationWriteException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        report(scaffold, plan);
    }

    private void report(Scaffold scaffold, WritePlan plan) throws MojoExecutionException {
        List<String> files = plan.migrated().stream().map(path -> relative(path)).distinct().toList();
        String sql = String.join("\n", scaffold.migrations().stream().map(MigrationDraft::upSql).toList());
        if (outputFormat() == OutputFormat.JSON) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("sql", sql);
            json.put("filename", files.size() == 1 ? files.get(0) : files);
            json.put("files", plan.files().stream().map(f -> relative(f.path())).toList());
            json.put("dryRun", dryRun);
            json.put("warnings", scaffold.warnings());
            print(json);
            return;
        }
        List<String> lines = new ArrayList<>();
        for (WritePlan.FileWrite file : plan.files()) {
            lines.add((dryRun ? "Would write " : "Wrote ") + relative(file.path()));
        }
        lines.forEach(getLog()::info);
        for (String line : sql.split("\n")) {
            getLog().info("  " + line);
        }
        scaffold.warnings().forEach(getLog()::warn);
    }

    private static void print(Map<String, Object> json) throws MojoExecutionException {
        try {
            System.out.println(Json.mapper().writeValueAsString(json));
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot render JSON: " + e.getMessage(), e);
        }
    }
}
