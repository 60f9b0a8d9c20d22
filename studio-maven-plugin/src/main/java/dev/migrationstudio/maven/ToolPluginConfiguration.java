package dev.migrationstudio.maven;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The {@code <configuration>} a project already gives {@code flyway-maven-plugin} or
 * {@code liquibase-maven-plugin}, so that our goals need no configuration of their own. Values are interpolated
 * by Maven already; nested lists ({@code <locations><location>a</location></locations>}) become lists.
 */
public record ToolPluginConfiguration(String pluginKey, Map<String, List<String>> values) {

    public static final String FLYWAY = "org.flywaydb:flyway-maven-plugin";
    public static final String LIQUIBASE = "org.liquibase:liquibase-maven-plugin";

    public static Optional<ToolPluginConfiguration> of(MavenProject project, String pluginKey) {
        Plugin plugin = project.getBuild() == null ? null : project.getBuild().getPluginsAsMap().get(pluginKey);
        if (plugin == null && project.getBuild() != null && project.getBuild().getPluginManagement() != null) {
            plugin = project.getBuild().getPluginManagement().getPluginsAsMap().get(pluginKey);
        }
        if (plugin == null) {
            return Optional.empty();
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (plugin.getConfiguration() instanceof Xpp3Dom dom) {
            for (Xpp3Dom child : dom.getChildren()) {
                values.put(child.getName(), valuesOf(child));
            }
        }
        return Optional.of(new ToolPluginConfiguration(pluginKey, values));
    }

    private static List<String> valuesOf(Xpp3Dom element) {
        List<String> result = new ArrayList<>();
        if (element.getChildCount() == 0) {
            String value = element.getValue();
            if (value != null && !value.isBlank()) {
                for (String part : value.split(",")) {
                    if (!part.isBlank()) {
                        result.add(part.trim());
                    }
                }
            }
        } else {
            for (Xpp3Dom child : element.getChildren()) {
                result.addAll(valuesOf(child));
            }
        }
        return result;
    }

    public Optional<String> first(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    /** Single values as a plain map, for bridges that take {@code Map<String, String>}. */
    public Map<String, String> singleValues() {
        Map<String, String> single = new LinkedHashMap<>();
        values.forEach((key, list) -> {
            if (!list.isEmpty()) {
                single.put(key, String.join(",", list));
            }
        });
        return single;
    }

    public String describe() {
        return pluginKey.substring(pluginKey.indexOf(':') + 1) + " configuration in pom.xml";
    }
}
