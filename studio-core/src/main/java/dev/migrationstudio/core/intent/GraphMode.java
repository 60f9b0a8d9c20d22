package dev.migrationstudio.core.intent;

import com.fasterxml.jackson.annotation.JsonValue;

/** {@code brownfield-managed}: adopted from an existing history; {@code greenfield}: started empty. */
public enum GraphMode {
    BROWNFIELD_MANAGED("brownfield-managed"), GREENFIELD("greenfield");

    private final String json;

    GraphMode(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }
}
