package dev.migrationstudio.core.gate;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The verdict: {@code pass}, {@code fail}, or {@code no_validation} when there was no evidence to judge. */
public enum GateStatus {
    PASS, FAIL, NO_VALIDATION;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
