package dev.migrationstudio.core.lint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds suppression comments in the comments before each statement. */
final class SuppressionReader {
    private static final Pattern COMMENT = Pattern.compile("--\\s*studio:ignore(-file)?(?![\\w-])(.*)");

    private SuppressionReader() {
    }

    static List<Suppression> read(List<LintStatement> statements) {
        List<Suppression> found = new ArrayList<>();
        for (LintStatement statement : statements) {
            String comments = statement.source().leadingComments();
            if (!comments.contains("studio:ignore")) {
                continue;
            }
            String[] lines = comments.split("\n", -1);
            int firstLine = statement.source().start().line() - (lines.length - 1);
            for (int i = 0; i < lines.length; i++) {
                Matcher matcher = COMMENT.matcher(lines[i].strip());
                if (matcher.matches()) {
                    found.add(parse(matcher.group(1) != null, matcher.group(2), statement, firstLine + i));
                }
            }
        }
        return found;
    }

    private static Suppression parse(boolean wholeFile, String rest, LintStatement statement, int line) {
        int separator = rest.indexOf("--");
        String ids = separator < 0 ? rest : rest.substring(0, separator);
        String reason = separator < 0 ? null : rest.substring(separator + 2).strip();
        List<String> ruleIds = Arrays.stream(ids.strip().split("[,\\s]+")).filter(id -> !id.isEmpty()).toList();
        return new Suppression(wholeFile, ruleIds, reason == null || reason.isEmpty() ? null : reason, statement, line);
    }
}
