package dev.migrationstudio.maven;

import dev.migrationstudio.core.fidelity.FidelityReport;
import dev.migrationstudio.core.fidelity.FidelityService;
import dev.migrationstudio.core.sqlast.SqlAstDigest;
import dev.migrationstudio.core.history.ParseCache;
import dev.migrationstudio.core.sqlast.SqlAstProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.logging.Log;

/**
 * What {@code studio:sql-parse} tells the user: counts, problems by file, what cannot run in a transaction, and
 * whether the history was parsed (how much from the parse cache) or found unchanged since the last run.
 */
record SqlParseSummary(StaticHistory.Read history, FidelityService.Outcome fidelity, String artifact) {
    private static final int LISTED = 20;

    Map<String, Object> json() {
        SqlAstDigest digest = history.digest();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("migrationsDir", digest.migrationsDir());
        json.put("files", digest.scripts());
        json.put("statements", digest.statements());
        json.put("opaqueBlocks", digest.opaqueBlocks());
        json.put("counts", counts());
        json.put("unchanged", history.reused());
        json.put("cache", history.reused() ? null : history.outcome().cache());
        json.put("millis", history.elapsed().toMillis());
        json.put("problems", digest.problems());
        json.put("fidelity", fidelity);
        json.put("artifact", artifact);
        return json;
    }

    void print(Log log) {
        SqlAstDigest digest = history.digest();
        log.info("Parsed " + digest.scripts() + " scripts (" + digest.statements() + " statements, "
                + digest.opaqueBlocks() + " opaque) from " + digest.migrationsDir() + " in "
                + history.elapsed().toMillis() + " ms; " + cacheNote());
        log.info("  declares " + counts().entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .reduce((a, b) -> a + ", " + b).orElse(""));
        if (!digest.problems().isEmpty()) {
            log.warn(digest.problems().size() + " problem(s); the rest of the history was read:");
            digest.problems().stream().map(SqlAstProblem::message).forEach(message -> log.warn("  " + message));
        }
        List<String> nonTransactional = digest.nonTransactional();
        if (!nonTransactional.isEmpty()) {
            log.info("  " + nonTransactional.size() + " statement(s) cannot run in a transaction:");
            nonTransactional.stream().limit(LISTED).forEach(line -> log.info("    " + line));
        }
        if (fidelity != null) {
            printFidelity(log, fidelity.report());
        }
        log.info("  " + (history.reused() ? "up to date: " : "wrote ") + artifact);
    }

    private String cacheNote() {
        if (history.reused()) {
            return "unchanged since the last run, its results reused (studio.reuseResults=false redoes them)";
        }
        ParseCache.Stats cache = history.outcome().cache();
        return "cache: " + cache.hits() + " reused, " + cache.misses() + " parsed";
    }

    private static void printFidelity(Log log, FidelityReport report) {
        log.info("  fidelity: identical " + report.identical() + "; " + report.expressions().size()
                + " expression(s) deparsed differently by PostgreSQL (not counted)");
        if (report.exact()) {
            log.info("  fidelity: every parsed object matches what PostgreSQL built");
            return;
        }
        log.warn("  fidelity: " + report.mismatches().size() + " difference(s) between the parsed schema and PostgreSQL:");
        report.mismatches().forEach(d -> log.warn("    " + d.kind() + " " + d.id() + " " + d.field() + ": parsed "
                + d.parsed() + ", PostgreSQL " + d.database()));
    }

    private Map<String, Integer> counts() {
        SqlAstDigest.Counts counts = history.digest().counts();
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put("tables", counts.tables());
        map.put("policies", counts.policies());
        map.put("functions", counts.functions());
        map.put("views", counts.views());
        map.put("triggers", counts.triggers());
        map.put("extensions", counts.extensions());
        return map;
    }
}
