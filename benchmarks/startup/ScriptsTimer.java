import dev.migrationstudio.flyway.FlywayMigrationSource;
import dev.migrationstudio.flyway.FlywaySettings;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Times one FlywayMigrationSource.scripts() on {@code <project>/db/migration} in this JVM; see scripts-time.sh. */
public class ScriptsTimer {
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        FlywaySettings settings = FlywaySettings.fromPluginConfiguration(
                Map.of("locations", List.of("filesystem:db/migration")), Path.of(args[0]), List.of());
        int scripts = new FlywayMigrationSource(settings).scripts().size();
        System.out.printf("%.1f %d%n", (System.nanoTime() - start) / 1e6, scripts);
    }
}
