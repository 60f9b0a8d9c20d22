package dev.migrationstudio.maven;

import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.lint.LintConfig;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The per-rule settings of the plugin configuration applied to a {@link LintConfig}: {@code <rules>} maps a rule id
 * to {@code error}, {@code warning}, {@code info} or {@code off}; {@code studio.disabledRules} lists rules to switch
 * off. Unknown rules and values are an error naming the setting to fix.
 */
final class LintRuleSettings {
    private LintRuleSettings() {
    }

    static LintConfig apply(LintConfig config, Map<String, String> rules, List<String> disabledRules)
            throws MojoExecutionException {
        LintConfig result = config;
        try {
            if (rules != null) {
                for (Map.Entry<String, String> rule : rules.entrySet()) {
                    result = applyOne(result, rule.getKey().trim(), rule.getValue());
                }
            }
            if (disabledRules != null) {
                for (String id : disabledRules) {
                    if (!id.isBlank()) {
                        result = result.withRuleDisabled(id.trim());
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage() + " (fix <rules> or studio.disabledRules)", e);
        }
        return result;
    }

    private static LintConfig applyOne(LintConfig config, String ruleId, String value) throws MojoExecutionException {
        String normalized = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return switch (normalized) {
            case "off" -> config.withRuleDisabled(ruleId);
            case "error" -> config.withSeverity(ruleId, Severity.ERROR);
            case "warning" -> config.withSeverity(ruleId, Severity.WARNING);
            case "info" -> config.withSeverity(ruleId, Severity.INFO);
            default -> throw new MojoExecutionException("Lint rule " + ruleId + " is set to '" + value
                    + "': use error, warning, info or off (fix <rules><" + ruleId + "> in the plugin configuration)");
        };
    }
}
