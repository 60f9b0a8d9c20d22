package dev.migrationstudio.flyway;

import java.math.BigInteger;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;

/**
 * How a project writes its Flyway versions, read from the versions it already has, and the next version in
 * that style. The next version is always above every existing one, so a new script never reuses a version or
 * sorts before an applied one.
 * <ul>
 * <li>timestamps ({@code 20240101120000}, 12 or 14 digits): now, or one more than the latest when that is later;</li>
 * <li>sequence ({@code 1, 2, 3} or zero-padded {@code 001}): the latest plus one, padded to the same width;</li>
 * <li>dotted ({@code 1.2.3} or {@code 1_2_3}): the last part of the latest plus one, same separator.</li>
 * </ul>
 * A project with no versions yet starts a sequence at 1.
 */
record VersionStyle(Kind kind, int width, String separator) {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    enum Kind { TIMESTAMP, SEQUENCE, DOTTED }

    /** The style of the highest of the raw versions (as written in file names). */
    static VersionStyle of(List<String> rawVersions) {
        String latest = rawVersions.stream()
                .max(Comparator.comparing(MigrationVersion::fromVersion)).orElse(null);
        if (latest == null) {
            return new VersionStyle(Kind.SEQUENCE, 1, ".");
        }
        if (latest.matches("(19|20)\\d{10}(\\d{2})?")) {
            return new VersionStyle(Kind.TIMESTAMP, latest.length(), "");
        }
        if (latest.matches("\\d+")) {
            return new VersionStyle(Kind.SEQUENCE, latest.startsWith("0") ? latest.length() : 1, "");
        }
        return new VersionStyle(Kind.DOTTED, 0, latest.contains("_") ? "_" : ".");
    }

    /** The version after {@code latest} (raw, null when there is none). */
    String next(String latest, Clock clock) {
        return switch (kind) {
            case TIMESTAMP -> nextTimestamp(latest, clock);
            case SEQUENCE -> pad(latest == null ? BigInteger.ONE : new BigInteger(latest).add(BigInteger.ONE));
            case DOTTED -> nextDotted(latest);
        };
    }

    private String nextTimestamp(String latest, Clock clock) {
        String now = LocalDateTime.now(clock).format(TIMESTAMP).substring(0, width);
        BigInteger afterLatest = new BigInteger(latest).add(BigInteger.ONE);
        return new BigInteger(now).compareTo(afterLatest) >= 0 ? now : afterLatest.toString();
    }

    private String pad(BigInteger number) {
        String digits = number.toString();
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    private String nextDotted(String latest) {
        String[] parts = latest.split(separator.equals(".") ? "\\." : "_");
        String last = parts[parts.length - 1];
        String bumped = new BigInteger(last).add(BigInteger.ONE).toString();
        if (last.startsWith("0") && bumped.length() < last.length()) {
            bumped = "0".repeat(last.length() - bumped.length()) + bumped;
        }
        parts[parts.length - 1] = bumped;
        return String.join(separator, parts);
    }
}
