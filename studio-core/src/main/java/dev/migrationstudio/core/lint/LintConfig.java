package dev.migrationstudio.core.lint;

import dev.migrationstudio.core.finding.Severity;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How to lint.
 *
 * @param pgVersion            major version of the target server (default 17); several rules depend on it
 * @param exposedSchemas       schemas an API exposes (PostgREST / Supabase); {@code missing-rls} looks there
 * @param severities           per-rule severity overrides, by rule id
 * @param disabledRules        rule ids switched off
 * @param baseline             which migrations are linted
 * @param opaqueRatioThreshold share of not-understood statements above which {@code low-parse-confidence} fires
 * @param tableSizes           row estimates by table id ({@code public.orders}) when a database is at hand; may be empty
 * @param rlsRequired          whether new tables need RLS; null decides from the history (any RLS, policy or grant
 *                             to {@code anon}/{@code authenticated} in it means the project relies on RLS)
 * @param baseDirectory        findings name files relative to it (the project directory); null keeps paths as given
 */
public record LintConfig(
        int pgVersion,
        Set<String> exposedSchemas,
        Map<String, Severity> severities,
        Set<String> disabledRules,
        LintBaseline baseline,
        double opaqueRatioThreshold,
        Map<String, Long> tableSizes,
        Boolean rlsRequired,
        Path baseDirectory) {

    public static final int DEFAULT_PG_VERSION = 17;
    public static final double DEFAULT_OPAQUE_RATIO = 0.2;

    public LintConfig {
        if (pgVersion < 9 || pgVersion > 99) {
            throw new IllegalArgumentException("pgVersion must be a PostgreSQL major version such as 17: got "
                    + pgVersion);
        }
        if (opaqueRatioThreshold < 0 || opaqueRatioThreshold > 1) {
            throw new IllegalArgumentException("The opaque statement ratio must be between 0 and 1: got "
                    + opaqueRatioThreshold);
        }
        exposedSchemas = Set.copyOf(exposedSchemas);
        severities = Map.copyOf(severities);
        disabledRules = Set.copyOf(disabledRules);
        tableSizes = Map.copyOf(tableSizes);
        baseline = baseline == null ? new LintBaseline.All() : baseline;
        requireKnown(severities.keySet(), "a severity");
        requireKnown(disabledRules, "an off switch");
    }

    public static LintConfig defaults() {
        return new LintConfig(DEFAULT_PG_VERSION, Set.of("public"), Map.of(), Set.of(), new LintBaseline.All(),
                DEFAULT_OPAQUE_RATIO, Map.of(), null, null);
    }

    public Severity severityOf(RuleInfo rule) {
        return severities.getOrDefault(rule.id(), rule.defaultSeverity());
    }

    public boolean isEnabled(String ruleId) {
        return !disabledRules.contains(ruleId);
    }

    public LintConfig withPgVersion(int version) {
        return new LintConfig(version, exposedSchemas, severities, disabledRules, baseline, opaqueRatioThreshold,
                tableSizes, rlsRequired, baseDirectory);
    }

    public LintConfig withExposedSchemas(Set<String> schemas) {
        return new LintConfig(pgVersion, schemas, severities, disabledRules, baseline, opaqueRatioThreshold,
                tableSizes, rlsRequired, baseDirectory);
    }

    public LintConfig withSeverity(String ruleId, Severity severity) {
        Map<String, Severity> changed = new HashMap<>(severities);
        changed.put(ruleId, severity);
        return new LintConfig(pgVersion, exposedSchemas, changed, disabledRules, baseline, opaqueRatioThreshold,
                tableSizes, rlsRequired, baseDirectory);
    }

    public LintConfig withRuleDisabled(String ruleId) {
        Set<String> changed = new HashSet<>(disabledRules);
        changed.add(ruleId);
        return new LintConfig(pgVersion, exposedSchemas, severities, changed, baseline, opaqueRatioThreshold,
                tableSizes, rlsRequired, baseDirectory);
    }

    public LintConfig withBaseline(LintBaseline newBaseline) {
        return new LintConfig(pgVersion, exposedSchemas, severities, disabledRules, newBaseline,
                opaqueRatioThreshold, tableSizes, rlsRequired, baseDirectory);
    }

    public LintConfig withOpaqueRatioThreshold(double threshold) {
        return new LintConfig(pgVersion, exposedSchemas, severities, disabledRules, baseline, threshold,
                tableSizes, rlsRequired, baseDirectory);
    }

    public LintConfig withTableSizes(Map<String, Long> sizes) {
        return new LintConfig(pgVersion, exposedSchemas, severities, disabledRules, baseline, opaqueRatioThreshold,
                sizes, rlsRequired, baseDirectory);
    }

    public LintConfig withRlsRequired(Boolean required) {
        return new LintConfig(pgVersion, exposedSchemas, severities, disabledRules, baseline, opaqueRatioThreshold,
                tableSizes, required, baseDirectory);
    }

    public LintConfig withBaseDirectory(Path directory) {
        return new LintConfig(pgVersion, exposedSchemas, severities, disabledRules, baseline, opaqueRatioThreshold,
                tableSizes, rlsRequired, directory);
    }

    private static void requireKnown(Set<String> ruleIds, String what) {
        for (String id : ruleIds) {
            if (LintRules.byId(id).isEmpty()) {
                throw new IllegalArgumentException("Lint configuration gives " + what + " for unknown rule '" + id
                        + "'; known rules: " + String.join(", ", LintRules.ids()));
            }
        }
    }

    /**
     * Every setting in a fixed order (sets and maps sorted): equal for equal configurations in any run, so a lint
     * result can be filed under it.
     */
    public String cacheKey() {
        return String.join("|", String.valueOf(pgVersion), new TreeSet<>(exposedSchemas).toString(),
                new TreeMap<>(severities).toString(), new TreeSet<>(disabledRules).toString(), baselineKey(),
                String.valueOf(opaqueRatioThreshold), new TreeMap<>(tableSizes).toString(),
                String.valueOf(rlsRequired), String.valueOf(baseDirectory));
    }

    private String baselineKey() {
        return baseline instanceof LintBaseline.NotApplied pending
                ? "NotApplied" + new TreeSet<>(pending.appliedIds()) : baseline.toString();
    }
}
