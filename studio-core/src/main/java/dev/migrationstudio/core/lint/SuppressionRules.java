package dev.migrationstudio.core.lint;

import dev.migrationstudio.core.finding.Severity;

/** The rules the engine itself applies to suppression comments; listed in the registry like any other. */
final class SuppressionRules {
    static final RuleInfo UNUSED = new RuleInfo("unused-suppression", Severity.WARNING,
            "A studio:ignore comment that suppresses nothing",
            "A stale suppression hides the next real finding on that statement or file.",
            "Remove the comment.");
    static final RuleInfo UNKNOWN = new RuleInfo("unknown-suppression", Severity.WARNING,
            "A studio:ignore comment that names no rule or an unknown one",
            "A typo in a rule id suppresses nothing while looking like it does.",
            "Name an existing rule: -- studio:ignore <rule-id> -- <reason>.");
    static final RuleInfo WITHOUT_REASON = new RuleInfo("suppression-without-reason", Severity.WARNING,
            "A studio:ignore comment without a reason",
            "Reviewers cannot tell a deliberate exception from a silenced warning.",
            "Say why after a second --: -- studio:ignore drop-table -- table emptied and unused since v42.");

    private SuppressionRules() {
    }

    /** A rule whose findings the engine makes; it checks nothing itself. */
    record Rule(RuleInfo info) implements LintRule {
    }
}
