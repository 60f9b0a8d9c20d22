package dev.migrationstudio.core.shadow;

import dev.migrationstudio.core.source.MigrationScript;
import dev.migrationstudio.core.source.MigrationSourceException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What runs in the shadow database before the project's history: the platform's objects, then the user's scripts. */
public final class ShadowInitScripts {
    private static final String SUPABASE_PLATFORM = "supabase-platform.sql";

    private ShadowInitScripts() {
    }

    public static List<MigrationScript> load(Platform platform, List<Path> userScripts) throws MigrationSourceException {
        List<MigrationScript> scripts = new ArrayList<>();
        if (platform == Platform.SUPABASE) {
            scripts.add(script(SUPABASE_PLATFORM, Path.of("(studio) " + SUPABASE_PLATFORM), supabasePlatformSql()));
        }
        for (Path path : userScripts) {
            try {
                scripts.add(script(path.getFileName().toString(), path, Files.readString(path)));
            } catch (IOException e) {
                throw new MigrationSourceException("Cannot read init script " + path + " (studio.initScripts): "
                        + e.getMessage(), e);
            }
        }
        return scripts;
    }

    /** The Supabase platform objects (roles, auth and storage schemas, auth.uid() ...) as SQL. */
    public static String supabasePlatformSql() {
        try (InputStream in = ShadowInitScripts.class.getResourceAsStream(SUPABASE_PLATFORM)) {
            if (in == null) {
                throw new IllegalStateException(SUPABASE_PLATFORM + " is missing from the studio-core jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + SUPABASE_PLATFORM + " from the studio-core jar", e);
        }
    }

    private static MigrationScript script(String id, Path file, String sql) {
        return new MigrationScript(id, null, id, MigrationScript.Kind.VERSIONED, file, sql, 1, false, null);
    }
}
