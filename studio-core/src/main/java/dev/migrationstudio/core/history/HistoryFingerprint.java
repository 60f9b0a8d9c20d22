package dev.migrationstudio.core.history;

import dev.migrationstudio.core.cache.Sha256;
import dev.migrationstudio.core.source.MigrationScript;
import dev.migrationstudio.core.source.SourceProblem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/**
 * A digest of everything the analysis of a history depends on: the plugin build, the settings that shape the
 * analysis, and every script in order, with where it comes from, how it runs and its SQL. Two runs with the same
 * fingerprint replay to the same schema and find the same things, so the second may reuse the first's results.
 */
public final class HistoryFingerprint {
    private HistoryFingerprint() {
    }

    /**
     * @param settings what else the analysis depends on (target version, schema filter, ...), in a fixed order
     * @param preamble the platform SQL replayed before the history
     * @param problems the files that could not be read
     */
    public static String of(String buildId, List<String> settings, List<MigrationScript> scripts,
            List<MigrationScript> preamble, List<SourceProblem> problems) {
        MessageDigest digest = Sha256.digest();
        update(digest, buildId);
        settings.forEach(setting -> update(digest, setting));
        for (List<MigrationScript> part : List.of(preamble, scripts)) {
            update(digest, "scripts:" + part.size());
            // Hashing 7 MB of SQL is worth both cores.
            part.parallelStream().map(HistoryFingerprint::scriptDigest).forEachOrdered(d -> update(digest, d));
        }
        problems.forEach(problem -> update(digest, problem.toString()));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String scriptDigest(MigrationScript script) {
        return script.id() + '|' + script.version() + '|' + script.description() + '|' + script.kind() + '|'
                + script.file() + '|' + script.firstLine() + '|' + script.transactional() + '|' + script.changeSet()
                + '|' + ContentDigest.of(script.sql());
    }

    private static void update(MessageDigest digest, String part) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }
}
