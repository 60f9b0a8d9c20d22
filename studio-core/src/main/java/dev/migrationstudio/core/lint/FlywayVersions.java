package dev.migrationstudio.core.lint;

import java.math.BigInteger;

/** Flyway's version order: dot- or underscore-separated numbers, compared part by part, missing parts are 0. */
final class FlywayVersions {
    private FlywayVersions() {
    }

    static int compare(String a, String b) {
        String[] left = a.strip().split("[._]");
        String[] right = b.strip().split("[._]");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            BigInteger x = i < left.length ? new BigInteger(left[i]) : BigInteger.ZERO;
            BigInteger y = i < right.length ? new BigInteger(right[i]) : BigInteger.ZERO;
            int order = x.compareTo(y);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }
}
