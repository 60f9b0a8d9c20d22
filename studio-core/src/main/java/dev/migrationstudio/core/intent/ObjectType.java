package dev.migrationstudio.core.intent;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kinds of objects intent sync matches. */
public enum ObjectType {
    TABLE, POLICY, FUNCTION, VIEW;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
