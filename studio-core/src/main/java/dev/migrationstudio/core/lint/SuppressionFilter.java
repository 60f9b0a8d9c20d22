package dev.migrationstudio.core.lint;

import dev.migrationstudio.core.finding.Finding;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drops the hits a suppression comment covers, and reports suppressions that name an unknown rule, give no
 * reason, or suppress nothing.
 */
final class SuppressionFilter {
    private final FindingMaker maker;
    private final List<Suppression> suppressions;
    private final LintConfig config;

    SuppressionFilter(FindingMaker maker, List<Suppression> suppressions, LintConfig config) {
        this.maker = maker;
        this.suppressions = suppressions;
        this.config = config;
    }

    List<Finding> apply(List<ScriptLinter.RuleHit> hits) {
        Map<Suppression, Boolean> used = new IdentityHashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (ScriptLinter.RuleHit ruleHit : hits) {
            Suppression by = suppressions.stream()
                    .filter(s -> s.covers(ruleHit.rule().id(), ruleHit.hit().statement()))
                    .findFirst().orElse(null);
            if (by == null) {
                findings.add(maker.finding(ruleHit.rule(), ruleHit.hit()));
            } else {
                used.put(by, true);
            }
        }
        for (Suppression suppression : suppressions) {
            report(suppression, used.containsKey(suppression), findings);
        }
        return findings;
    }

    private void report(Suppression suppression, boolean used, List<Finding> findings) {
        String subject = suppression.describe() + "\n" + suppression.statement().text();
        List<String> unknown = suppression.ruleIds().stream().filter(id -> LintRules.byId(id).isEmpty()).toList();
        if (!suppression.wholeFile() && suppression.ruleIds().isEmpty()) {
            add(SuppressionRules.UNKNOWN, suppression, "studio:ignore names no rule; write "
                    + "-- studio:ignore <rule-id> -- <reason>", subject, findings);
        } else if (!unknown.isEmpty()) {
            add(SuppressionRules.UNKNOWN, suppression, suppression.describe() + " names unknown rule "
                    + String.join(", ", unknown) + "; see the rule list of studio:lint", subject, findings);
        } else if (!used && suppression.ruleIds().stream().allMatch(config::isEnabled)) {
            add(SuppressionRules.UNUSED, suppression, suppression.describe() + " suppresses nothing"
                    + (suppression.wholeFile() ? " in this script" : " on the next statement")
                    + "; remove it", subject, findings);
        }
        if (suppression.reason() == null) {
            add(SuppressionRules.WITHOUT_REASON, suppression, suppression.describe()
                    + " gives no reason; write it after a second --", subject, findings);
        }
    }

    private void add(RuleInfo rule, Suppression suppression, String message, String subject, List<Finding> out) {
        if (config.isEnabled(rule.id())) {
            out.add(maker.finding(rule, suppression.line(), message, subject));
        }
    }
}
