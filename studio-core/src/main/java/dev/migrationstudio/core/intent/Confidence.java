package dev.migrationstudio.core.intent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The scoring table of intent sync. Decimal arithmetic, so 0.85 + 0.05 is 0.90 in the artifact, not
 * 0.8999999999999999; totals are clamped to [0, 1] and kept at two decimals.
 */
public final class Confidence {
    public static final BigDecimal IN_BOTH = new BigDecimal("0.85");
    public static final BigDecimal COLUMN_COUNT_EQUAL = new BigDecimal("0.05");
    public static final BigDecimal COLUMN_NAMES_EQUAL = new BigDecimal("0.05");
    public static final BigDecimal COLUMN_TYPES_EQUAL = new BigDecimal("0.03");
    public static final BigDecimal DB_COLUMN_MISSING = new BigDecimal("-0.10");
    public static final BigDecimal TYPE_MISMATCH = new BigDecimal("-0.05");
    public static final BigDecimal DB_ONLY = new BigDecimal("0.35");
    public static final BigDecimal MIGRATIONS_ONLY = new BigDecimal("0.70");
    /** Policies, functions and views: what differs in their definition costs as much as a missing column. */
    public static final BigDecimal DEFINITION_EQUAL = COLUMN_COUNT_EQUAL.add(COLUMN_NAMES_EQUAL).add(COLUMN_TYPES_EQUAL);
    public static final BigDecimal DEFINITION_DIFFERS = DB_COLUMN_MISSING;

    private Confidence() {
    }

    /** The sum of the rows, clamped to [0, 1], at two decimals. */
    public static BigDecimal total(List<ScoreRow> rows) {
        BigDecimal sum = BigDecimal.ZERO;
        for (ScoreRow row : rows) {
            sum = sum.add(row.delta());
        }
        return clamp(sum);
    }

    public static BigDecimal clamp(BigDecimal value) {
        BigDecimal clamped = value.max(BigDecimal.ZERO).min(BigDecimal.ONE);
        return clamped.setScale(2, RoundingMode.HALF_UP);
    }

    /** The mean of {@code values} at two decimals; zero when there is none. */
    public static BigDecimal average(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }
}
