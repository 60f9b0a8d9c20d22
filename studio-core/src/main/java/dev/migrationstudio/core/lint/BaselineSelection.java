package dev.migrationstudio.core.lint;

import dev.migrationstudio.core.source.MigrationScript;
import java.util.ArrayList;
import java.util.List;

/** Applies a {@link LintBaseline} to a history: one flag per script, true when the script is linted. */
final class BaselineSelection {
    private BaselineSelection() {
    }

    static List<Boolean> select(LintBaseline baseline, List<MigrationScript> scripts) {
        List<Boolean> selected = new ArrayList<>(scripts.size());
        if (baseline instanceof LintBaseline.AfterChangeSet after) {
            int position = changeSetPosition(after.changeSetId(), scripts);
            for (int i = 0; i < scripts.size(); i++) {
                selected.add(i > position);
            }
        } else {
            for (MigrationScript script : scripts) {
                selected.add(includes(baseline, script));
            }
        }
        return selected;
    }

    private static boolean includes(LintBaseline baseline, MigrationScript script) {
        if (baseline instanceof LintBaseline.AfterVersion after) {
            if (script.kind() == MigrationScript.Kind.CHANGESET) {
                throw new IllegalArgumentException("The lint baseline is a Flyway version (" + after.version()
                        + ") but the history is a Liquibase changelog: give a baseline changeset id instead");
            }
            return script.version() == null || FlywayVersions.compare(script.version(), after.version()) > 0;
        }
        if (baseline instanceof LintBaseline.NotApplied notApplied) {
            return !notApplied.appliedIds().contains(script.id());
        }
        return true;
    }

    private static int changeSetPosition(String id, List<MigrationScript> scripts) {
        for (int i = 0; i < scripts.size(); i++) {
            MigrationScript script = scripts.get(i);
            if (script.id().equals(id) || (script.changeSet() != null && script.changeSet().id().equals(id))) {
                return i;
            }
        }
        throw new IllegalArgumentException("The lint baseline changeset '" + id + "' is not in the changelog"
                + (scripts.stream().anyMatch(s -> s.changeSet() != null) ? ""
                : " (the history is Flyway: give a baseline version instead)"));
    }
}
