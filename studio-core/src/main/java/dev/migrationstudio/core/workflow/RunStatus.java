package dev.migrationstudio.core.workflow;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a workflow run stands. */
public enum RunStatus {
    RUNNING, WAITING_CHECKPOINT, COMPLETED, FAILED;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
