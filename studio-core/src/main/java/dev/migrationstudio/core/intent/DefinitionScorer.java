package dev.migrationstudio.core.intent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores a policy, function or view found on both sides by the attributes that define it: base 0.85, +0.13 when
 * every attribute agrees (a table's best score), -0.10 for each one that differs. Expression texts are left out:
 * the database prints them re-formatted, so comparing them would report drift that is not there.
 */
final class DefinitionScorer {
    private DefinitionScorer() {
    }

    /** {@code database} and {@code migrations} map attribute names to values, in the same order. */
    static ObjectMatch score(String id, ObjectType type, Map<String, Object> database, Map<String, Object> migrations) {
        List<ScoreRow> rows = new ArrayList<>();
        List<String> drift = new ArrayList<>();
        rows.add(new ScoreRow("in the database and the migrations", Confidence.IN_BOTH));
        for (Map.Entry<String, Object> attribute : database.entrySet()) {
            Object declared = migrations.get(attribute.getKey());
            if (!Objects.equals(declared, attribute.getValue())) {
                rows.add(new ScoreRow(attribute.getKey() + " differs", Confidence.DEFINITION_DIFFERS));
                drift.add(attribute.getKey() + " is " + attribute.getValue() + " in the database but " + declared
                        + " in the migrations");
            }
        }
        if (drift.isEmpty()) {
            rows.add(new ScoreRow("same definition", Confidence.DEFINITION_EQUAL));
        }
        return ObjectMatch.scored(id, type, Presence.BOTH, rows, drift);
    }
}
