package dev.migrationstudio.core.introspect;

import dev.migrationstudio.core.connect.ConnectionSettings;
import dev.migrationstudio.core.shadow.Platform;
import dev.migrationstudio.core.shadow.PostgresBinaries;
import dev.migrationstudio.core.source.MigrationSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The database a goal reads: a live one, or the shadow database built from the project's history. */
public sealed interface DatabaseTarget {

    record Live(ConnectionSettings settings) implements DatabaseTarget {
    }

    /**
     * An embedded server started for this goal: platform objects first, then {@code initScripts}, then the
     * history from {@code source}. Replay failures name files relative to {@code projectDirectory}.
     */
    record Shadow(
            PostgresBinaries binaries,
            Path workDirectory,
            Duration startupWait,
            Platform platform,
            List<Path> initScripts,
            MigrationSource source,
            Path projectDirectory) implements DatabaseTarget {

        public Shadow {
            initScripts = List.copyOf(initScripts);
        }
    }
}
