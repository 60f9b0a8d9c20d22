package dev.migrationstudio.core.fidelity;

import dev.migrationstudio.core.fidelity.FidelityReport.Difference;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Collects the differences of one object at a time; tells whether the object compared identical. */
final class Differences {
    final List<Difference> mismatches = new ArrayList<>();
    final List<Difference> expressions = new ArrayList<>();
    private String kind;
    private String id;
    private int mismatchesBefore;

    void begin(String objectKind, String objectId) {
        kind = objectKind;
        id = objectId;
        mismatchesBefore = mismatches.size();
    }

    boolean identical() {
        return mismatches.size() == mismatchesBefore;
    }

    void missing(String objectKind, String objectId, boolean inDatabase) {
        mismatches.add(new Difference(objectKind, objectId, "exists", String.valueOf(!inDatabase),
                String.valueOf(inDatabase)));
    }

    void field(String field, Object parsed, Object database) {
        if (!Objects.equals(parsed, database)) {
            mismatches.add(new Difference(kind, id, field, String.valueOf(parsed), String.valueOf(database)));
        }
    }

    void expression(String field, String parsed, String database) {
        if (!Expressions.same(parsed, database)) {
            expressions.add(new Difference(kind, id, field, parsed, database));
        }
    }
}
