package dev.migrationstudio.maven;

import java.util.Map;
import java.util.Set;

/**
 * Who each goal is for and in which mode it is useful: the only catalog facts the plugin descriptor does not
 * hold. A goal missing here (a new one) shows as a tool for backend developers in every mode.
 */
record GoalTags(Set<String> audiences, Set<String> modes, String type) {
    static final String TOOLS = "tools";
    static final String WORKFLOWS = "workflows";
    private static final Set<String> ALL_MODES = Set.of("managed", "assisted", "loose");
    private static final Set<String> DEVELOPERS = Set.of("backend-dev", "mixed");
    private static final Set<String> EVERYONE = Set.of("backend-dev", "business", "mixed");
    private static final GoalTags DEFAULT = new GoalTags(DEVELOPERS, ALL_MODES, TOOLS);

    private static final Map<String, GoalTags> TABLE = Map.of(
            "adopt", new GoalTags(EVERYONE, Set.of("managed", "assisted"), WORKFLOWS),
            "catalog", new GoalTags(EVERYONE, ALL_MODES, TOOLS),
            "introspect", new GoalTags(DEVELOPERS, ALL_MODES, TOOLS),
            "intent-sync", new GoalTags(DEVELOPERS, Set.of("managed", "assisted"), TOOLS),
            "intent-init", new GoalTags(DEVELOPERS, Set.of("managed", "assisted"), TOOLS),
            "intent-patch", new GoalTags(EVERYONE, Set.of("managed", "assisted"), TOOLS),
            "endpoint-map", new GoalTags(EVERYONE, Set.of("managed", "assisted"), TOOLS),
            "greenfield-init", new GoalTags(DEVELOPERS, Set.of("managed"), WORKFLOWS));

    static GoalTags of(String goal) {
        return TABLE.getOrDefault(goal, DEFAULT);
    }
}
