package dev.migrationstudio.core.fidelity;

import java.util.List;
import java.util.Map;

/**
 * How well the statically replayed schema predicts what PostgreSQL built from the same history.
 *
 * @param identical   per kind (tables, policies ...), how many objects compared equal in every checked field
 * @param mismatches  objects missing on one side or differing in a structural field (column type, nullability,
 *                    default, constraint, index columns, policy command or roles, function signature or security):
 *                    each one is a parser or replay defect
 * @param expressions expression texts (CHECK, USING, WITH CHECK, index keys and predicates, view bodies, generated
 *                    columns) that still differ after normalization: PostgreSQL deparses expressions its own way, so
 *                    these are listed for reading, NOT counted as mismatches
 */
public record FidelityReport(Map<String, Integer> identical, List<Difference> mismatches, List<Difference> expressions) {

    public FidelityReport {
        identical = Map.copyOf(identical);
        mismatches = List.copyOf(mismatches);
        expressions = List.copyOf(expressions);
    }

    /** One field of one object; a missing object has field {@code exists}. */
    public record Difference(String kind, String id, String field, String parsed, String database) {
    }

    public boolean exact() {
        return mismatches.isEmpty();
    }
}
