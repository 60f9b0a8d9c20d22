package dev.migrationstudio.core.intent;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where an object was found: in the database and the migrations, in the database only, in the migrations only. */
public enum Presence {
    BOTH, DB_ONLY, MIGRATIONS_ONLY;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
