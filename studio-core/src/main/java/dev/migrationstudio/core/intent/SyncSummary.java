package dev.migrationstudio.core.intent;

import java.math.BigDecimal;

/** Counts of the sync report and the average confidence over every object in it. */
public record SyncSummary(int objects, int matched, int unmatchedDb, int unmatchedIntent, int drifted,
                          BigDecimal averageConfidence) {
}
