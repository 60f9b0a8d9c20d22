package dev.migrationstudio.core.intent;

import java.math.BigDecimal;
import java.util.List;

/**
 * One object of the sync report.
 *
 * @param breakdown    the scoring rows that made {@code confidence}
 * @param driftDetails what differs, in words (empty when nothing does)
 */
public record ObjectMatch(
        String id,
        ObjectType objectType,
        Presence presence,
        BigDecimal confidence,
        List<ScoreRow> breakdown,
        List<String> driftDetails) {

    public ObjectMatch {
        breakdown = List.copyOf(breakdown);
        driftDetails = List.copyOf(driftDetails);
    }

    static ObjectMatch scored(String id, ObjectType type, Presence presence, List<ScoreRow> rows, List<String> drift) {
        return new ObjectMatch(id, type, presence, Confidence.total(rows), rows, drift);
    }

    static ObjectMatch dbOnly(String id, ObjectType type) {
        return scored(id, type, Presence.DB_ONLY, List.of(new ScoreRow("only in the database", Confidence.DB_ONLY)),
                List.of("in the database but created by no migration"));
    }

    static ObjectMatch migrationsOnly(String id, ObjectType type) {
        return scored(id, type, Presence.MIGRATIONS_ONLY,
                List.of(new ScoreRow("only in the migrations", Confidence.MIGRATIONS_ONLY)),
                List.of("declared by the migrations but missing from the database"));
    }
}
