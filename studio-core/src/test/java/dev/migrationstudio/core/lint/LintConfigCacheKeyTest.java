package dev.migrationstudio.core.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationstudio.core.finding.Severity;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LintConfigCacheKeyTest {

    private static Set<String> ordered(String... values) {
        return new LinkedHashSet<>(List.of(values));
    }

    @Test
    void equalSettingsGiveEqualKeysWhateverTheOrderTheyCameIn() {
        LintConfig one = LintConfig.defaults().withExposedSchemas(ordered("public", "api", "b", "c", "d"))
                .withSeverity("truncate", Severity.WARNING).withRuleDisabled("prefer-jsonb")
                .withRuleDisabled("prefer-bigint-over-int")
                .withBaseline(new LintBaseline.NotApplied(ordered("1", "2", "3", "10")));
        LintConfig two = LintConfig.defaults().withExposedSchemas(ordered("d", "c", "b", "api", "public"))
                .withRuleDisabled("prefer-bigint-over-int").withRuleDisabled("prefer-jsonb")
                .withSeverity("truncate", Severity.WARNING)
                .withBaseline(new LintBaseline.NotApplied(ordered("10", "3", "2", "1")));

        assertThat(one.cacheKey()).isEqualTo(two.cacheKey());
    }

    @Test
    void everySettingIsInTheKey() {
        String base = LintConfig.defaults().cacheKey();
        assertThat(List.of(
                LintConfig.defaults().withPgVersion(14).cacheKey(),
                LintConfig.defaults().withExposedSchemas(Set.of("api")).cacheKey(),
                LintConfig.defaults().withSeverity("truncate", Severity.INFO).cacheKey(),
                LintConfig.defaults().withRuleDisabled("truncate").cacheKey(),
                LintConfig.defaults().withBaseline(new LintBaseline.AfterVersion("3")).cacheKey(),
                LintConfig.defaults().withOpaqueRatioThreshold(0.5).cacheKey(),
                LintConfig.defaults().withTableSizes(java.util.Map.of("public.t", 10L)).cacheKey(),
                LintConfig.defaults().withRlsRequired(true).cacheKey(),
                LintConfig.defaults().withBaseDirectory(java.nio.file.Path.of("/elsewhere")).cacheKey()))
                .doesNotContain(base).doesNotHaveDuplicates();
    }
}
