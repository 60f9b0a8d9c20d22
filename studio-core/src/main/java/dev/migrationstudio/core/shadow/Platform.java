package dev.migrationstudio.core.shadow;

import java.util.Locale;

/** What the shadow database must look like before the project's migrations run. */
public enum Platform {
    /** A plain PostgreSQL server. */
    POSTGRES,
    /** A Supabase project: its roles, auth and storage schemas and helper functions exist first. */
    SUPABASE;

    public static Platform parse(String value) {
        if (value == null || value.isBlank()) {
            return POSTGRES;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "postgres", "postgresql" -> POSTGRES;
            case "supabase" -> SUPABASE;
            default -> throw new IllegalArgumentException("Unknown platform '" + value
                    + "': set studio.platform to postgres or supabase");
        };
    }
}
