package dev.migrationstudio.core.intent;

import java.math.BigDecimal;
import java.util.List;

/**
 * One object of the intent graph.
 *
 * @param statusSource {@code confidence} when derived from the score, {@code user} when set by intent-patch
 */
public record IntentObject(
        String id,
        ObjectType objectType,
        ManagedStatus managedStatus,
        BigDecimal confidence,
        Presence presence,
        List<String> driftDetails,
        String statusSource) {

    public static final String FROM_CONFIDENCE = "confidence";
    public static final String FROM_USER = "user";

    public IntentObject {
        driftDetails = driftDetails == null ? List.of() : List.copyOf(driftDetails);
    }

    public IntentObject withStatus(ManagedStatus status) {
        return new IntentObject(id, objectType, status, confidence, presence, driftDetails, FROM_USER);
    }
}
