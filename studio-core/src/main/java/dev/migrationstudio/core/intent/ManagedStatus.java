package dev.migrationstudio.core.intent;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * How far the studio manages an object: {@code managed} (it writes its migrations), {@code assisted} (it proposes,
 * a person checks), {@code opaque} (left alone), {@code excluded} (left out by the user).
 */
public enum ManagedStatus {
    MANAGED, ASSISTED, OPAQUE, EXCLUDED;

    public static final BigDecimal MANAGED_FROM = new BigDecimal("0.80");
    public static final BigDecimal ASSISTED_FROM = new BigDecimal("0.50");

    /** {@code >= 0.80} managed, {@code 0.50-0.79} assisted, {@code < 0.50} opaque. */
    public static ManagedStatus fromConfidence(BigDecimal confidence) {
        if (confidence.compareTo(MANAGED_FROM) >= 0) {
            return MANAGED;
        }
        return confidence.compareTo(ASSISTED_FROM) >= 0 ? ASSISTED : OPAQUE;
    }

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ManagedStatus parse(String value) {
        for (ManagedStatus status : values()) {
            if (status.json().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown status '" + value + "': use managed, assisted, opaque or excluded");
    }
}
