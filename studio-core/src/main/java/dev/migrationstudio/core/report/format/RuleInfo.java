package dev.migrationstudio.core.report.format;

import java.util.Locale;

/** What a report says about a rule: its id, a one-line summary and help text (SARIF's rule table needs all three). */
public record RuleInfo(String id, String summary, String help) {

    public RuleInfo {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A rule needs an id");
        }
        summary = summary == null || summary.isBlank() ? words(id) : summary;
        help = help == null || help.isBlank() ? summary : help;
    }

    /** A rule known only by its id: the summary spells the id out ({@code rls-disabled} becomes "Rls disabled"). */
    public static RuleInfo of(String id) {
        String summary = words(id);
        return new RuleInfo(id, summary, summary + ". Each finding's message says why; its safe rewrite says what to do.");
    }

    private static String words(String id) {
        String spaced = id.replace('-', ' ').replace('_', ' ').toLowerCase(Locale.ROOT).strip();
        return spaced.isEmpty() ? id : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
