package dev.migrationstudio.core.intent;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Ids close to a mistyped one: by edit distance, or containing it, closest first. */
public final class NearMatches {
    private NearMatches() {
    }

    public static List<String> of(String wanted, Collection<String> known, int limit) {
        String needle = wanted.toLowerCase(Locale.ROOT);
        int tolerance = Math.max(2, needle.length() / 3);
        return known.stream()
                .filter(id -> distance(needle, id.toLowerCase(Locale.ROOT)) <= tolerance
                        || id.toLowerCase(Locale.ROOT).contains(needle)
                        || needle.contains(id.toLowerCase(Locale.ROOT).substring(id.indexOf('.') + 1)))
                .sorted(Comparator.comparingInt((String id) -> distance(needle, id.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(limit)
                .toList();
    }

    /** Levenshtein distance: insertions, deletions and substitutions each cost one. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
