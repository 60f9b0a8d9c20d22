package dev.migrationstudio.maven;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Lists the goals and workflows with a one-line purpose, filtered by audience, mode and type. The purpose is the
 * first sentence of each goal's description in the plugin descriptor, the same text {@code studio:help} prints.
 */
@Mojo(name = "catalog", threadSafe = true, requiresProject = false)
public class CatalogMojo extends AbstractStudioMojo {
    private static final Set<String> AUDIENCES = Set.of("backend-dev", "business", "mixed");
    private static final Set<String> MODES = Set.of("managed", "assisted", "loose");
    private static final Set<String> TYPES = Set.of("tools", "workflows", "all");

    /** {@code backend-dev}, {@code business} or {@code mixed}. */
    @Parameter(property = "studio.audience", defaultValue = "backend-dev")
    private String audience;

    /** {@code managed}, {@code assisted} or {@code loose}; unset: every mode. */
    @Parameter(property = "studio.mode")
    private String mode;

    /** {@code tools}, {@code workflows} or {@code all}. */
    @Parameter(property = "studio.type", defaultValue = "all")
    private String type;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Inject
    public CatalogMojo(MavenProject project, MavenSession session) {
        super(project, session);
    }

    @Override
    protected String goalName() {
        return "catalog";
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        String wantedAudience = choice("studio.audience", audience, AUDIENCES);
        String wantedMode = mode == null || mode.isBlank() ? null : choice("studio.mode", mode, MODES);
        String wantedType = choice("studio.type", type, TYPES);
        List<MojoDescriptor> goals = plugin.getMojos().stream()
                .filter(goal -> !goal.getGoal().equals("help"))
                .filter(goal -> {
                    GoalTags tags = GoalTags.of(goal.getGoal());
                    return tags.audiences().contains(wantedAudience)
                            && (wantedMode == null || tags.modes().contains(wantedMode))
                            && (wantedType.equals("all") || tags.type().equals(wantedType));
                })
                .sorted(Comparator.comparing(MojoDescriptor::getGoal))
                .toList();
        for (MojoDescriptor goal : goals) {
            getLog().info(String.format("  %-18s %-9s %s", "studio:" + goal.getGoal(),
                    GoalTags.of(goal.getGoal()).type(), purpose(goal.getDescription())));
        }
        getLog().info(goals.size() + " goals for audience " + wantedAudience
                + (wantedMode == null ? "" : ", mode " + wantedMode) + ", type " + wantedType
                + "; mvn studio:help -Ddetail -Dgoal=<goal> for parameters");
    }

    /** The first sentence of the javadoc-made description, without HTML. */
    static String purpose(String description) {
        if (description == null) {
            return "";
        }
        String text = description.replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").trim();
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    private static String choice(String property, String value, Set<String> allowed) throws MojoFailureException {
        String normalized = value.trim().toLowerCase(Locale.ROOT);
        if (!allowed.contains(normalized)) {
            throw new MojoFailureException("Unknown " + property + " '" + value + "': use one of "
                    + allowed.stream().sorted().toList());
        }
        return normalized;
    }
}
