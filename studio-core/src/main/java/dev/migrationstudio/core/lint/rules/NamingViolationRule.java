package dev.migrationstudio.core.lint.rules;

import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.lint.Hit;
import dev.migrationstudio.core.lint.LintContext;
import dev.migrationstudio.core.lint.LintRule;
import dev.migrationstudio.core.lint.RuleInfo;
import dev.migrationstudio.core.source.MigrationScript;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Flyway file names: a description after the double underscore, and one version style for the whole project
 * (sequence numbers such as {@code V12}, or timestamps such as {@code V20240131093000}); a minority style sorts
 * in surprising places. Flyway ignores a file that does not match its pattern at all, so such files never reach
 * the linter. Liquibase changeset ids follow no tool convention and are not checked.
 */
public final class NamingViolationRule implements LintRule {
    private static final RuleInfo INFO = new RuleInfo("naming-violation", Severity.INFO,
            "Migration file name not following the project's convention",
            "Mixed version styles sort in surprising places (a timestamp version runs after every sequence "
                    + "number), and a file without a description says nothing in the history table.",
            "Name the file V<version>__<description>.sql with the version style the rest of the project uses.");
    private static final int TIMESTAMP_DIGITS = 12;
    private static final Function<List<MigrationScript>, VersionStyles> STYLES = VersionStyles::of;

    /** How many versioned scripts of the history there are, and how many of them have a timestamp version. */
    private record VersionStyles(long timestamps, long versioned) {
        static VersionStyles of(List<MigrationScript> scripts) {
            List<Boolean> styles = scripts.stream().map(MigrationScript::version)
                    .filter(Objects::nonNull).map(NamingViolationRule::isTimestamp).toList();
            return new VersionStyles(styles.stream().filter(b -> b).count(), styles.size());
        }
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Hit> checkScript(LintContext context) {
        MigrationScript script = context.script();
        if (context.isLiquibase() || script.kind() == MigrationScript.Kind.UNDO) {
            return List.of();
        }
        if (script.description() == null || script.description().isBlank()) {
            return List.of(Hit.onScript(script.id() + " has no description after __",
                    "Rename it to " + (script.version() == null ? "R" : "V" + script.version())
                            + "__<what_it_does>.sql"));
        }
        if (script.version() == null) {
            return List.of();
        }
        VersionStyles styles = context.historyFact(STYLES);
        long timestamps = styles.timestamps();
        boolean majorityTimestamp = timestamps * 2 > styles.versioned();
        boolean mine = isTimestamp(script.version());
        if (mine == majorityTimestamp || timestamps * 2 == styles.versioned()) {
            return List.of();
        }
        return List.of(Hit.onScript(script.id() + " uses a " + (mine ? "timestamp" : "sequence number")
                        + " version while the project uses " + (mine ? "sequence numbers" : "timestamps"),
                "Rename it with a " + (mine ? "sequence number" : "timestamp") + " version before it is applied "
                        + "anywhere (renaming an applied migration breaks Flyway's validation)"));
    }

    private static boolean isTimestamp(String version) {
        String first = version.split("[._]")[0];
        return first.length() >= TIMESTAMP_DIGITS;
    }
}
