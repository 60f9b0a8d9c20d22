package dev.migrationstudio.core.lint;

import java.util.List;

/**
 * One {@code -- studio:ignore <rule-id> -- <reason>} (the next statement) or
 * {@code -- studio:ignore-file [<rule-id>] -- <reason>} (the whole script; no rule id means every rule) comment.
 * {@code statement} is the statement the comment stands before; {@code reason} is null when none was given.
 */
record Suppression(boolean wholeFile, List<String> ruleIds, String reason, LintStatement statement, int line) {

    boolean covers(String ruleId, LintStatement at) {
        boolean rule = ruleIds.isEmpty() ? wholeFile : ruleIds.contains(ruleId);
        return rule && (wholeFile || (at != null && at.index() == statement.index()));
    }

    String describe() {
        return "studio:ignore" + (wholeFile ? "-file" : "") + (ruleIds.isEmpty() ? "" : " " + String.join(", ", ruleIds));
    }
}
