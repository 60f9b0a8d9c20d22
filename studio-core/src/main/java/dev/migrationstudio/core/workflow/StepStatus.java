package dev.migrationstudio.core.workflow;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where one step stands. {@code completed}, {@code skipped} and {@code approved} are final: a resumed run passes them. */
public enum StepStatus {
    PENDING, RUNNING, COMPLETED, FAILED, SKIPPED, WAITING, APPROVED;

    public boolean done() {
        return this == COMPLETED || this == SKIPPED || this == APPROVED;
    }

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
