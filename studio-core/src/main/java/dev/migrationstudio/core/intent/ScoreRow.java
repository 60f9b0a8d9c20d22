package dev.migrationstudio.core.intent;

import java.math.BigDecimal;

/** One row of a confidence score: which rule applied and what it added (negative: took away). */
public record ScoreRow(String rule, BigDecimal delta) {
}
