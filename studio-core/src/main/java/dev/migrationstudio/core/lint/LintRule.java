package dev.migrationstudio.core.lint;

import java.util.List;

/**
 * One lint rule: its metadata and the checks. A rule is stateless; the engine calls {@link #check} for every
 * statement of a linted script, in order, with the schema as replayed up to (not including) that statement, then
 * {@link #checkScript} once per script. Rules that only look at whole scripts override only the second.
 */
public interface LintRule {

    RuleInfo info();

    default List<Hit> check(LintStatement statement, LintContext context) {
        return List.of();
    }

    default List<Hit> checkScript(LintContext context) {
        return List.of();
    }

    default String id() {
        return info().id();
    }
}
