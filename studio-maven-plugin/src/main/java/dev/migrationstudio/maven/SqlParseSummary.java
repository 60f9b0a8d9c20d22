package dev.migrationstudio.maven;

import dev.migrationstudio.core.fidelity.FidelityReport;
import dev.migrationstudio.core.fidelity.FidelityService;
import dev.migrationstudio.core.sqlast.SqlAst;
import dev.migrationstudio.core.sqlast.SqlAstFile;
import dev.migrationstudio.core.sqlast.SqlAstProblem;
import dev.migrationstudio.core.sqlast.SqlParseService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.logging.Log;

/** What {@code studio:sql-parse} tells the user: counts, problems by file, what cannot run in a transaction. */
record SqlParseSummary(SqlParseService.Outcome outcome, FidelityService.Outcome fidelity, String artifact) {
    private static final int LISTED = 20;

    Map<String, Object> json() {
        SqlAst ast = outcome.ast();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("migrationsDir", ast.migrationsDir());
        json.put("files", ast.files().size());
        json.put("statements", ast.statementCount());
        json.put("opaqueBlocks", opaqueBlocks());
        json.put("counts", counts());
        json.put("cache", outcome.cache());
        json.put("millis", outcome.elapsed().toMillis());
        json.put("problems", ast.problems());
        json.put("fidelity", fidelity);
        json.put("artifact", artifact);
        return json;
    }

    void print(Log log) {
        SqlAst ast = outcome.ast();
        log.info("Parsed " + ast.files().size() + " scripts (" + ast.statementCount() + " statements, "
                + opaqueBlocks() + " opaque) from " + ast.migrationsDir() + " in " + outcome.elapsed().toMillis()
                + " ms; cache: " + outcome.cache().hits() + " reused, " + outcome.cache().misses() + " parsed");
        log.info("  declares " + counts().entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .reduce((a, b) -> a + ", " + b).orElse(""));
        if (!ast.problems().isEmpty()) {
            log.warn(ast.problems().size() + " problem(s); the rest of the history was read:");
            ast.problems().stream().map(SqlAstProblem::message).forEach(message -> log.warn("  " + message));
        }
        List<String> nonTransactional = ast.files().stream().flatMap(f -> f.riskMeta().nonTransactionalStatements()
                .stream().map(n -> f.filename() + ":" + n.line() + ": " + n.text())).toList();
        if (!nonTransactional.isEmpty()) {
            log.info("  " + nonTransactional.size() + " statement(s) cannot run in a transaction:");
            nonTransactional.stream().limit(LISTED).forEach(line -> log.info("    " + line));
        }
        if (fidelity != null) {
            printFidelity(log, fidelity.report());
        }
        log.info("  wrote " + artifact);
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

    private int opaqueBlocks() {
        return outcome.ast().files().stream().mapToInt(SqlAstFile::opaqueBlockCount).sum();
    }

    private Map<String, Integer> counts() {
        SqlAst ast = outcome.ast();
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("tables", ast.allEntities().size());
        counts.put("policies", ast.allPolicies().size());
        counts.put("functions", ast.allFunctions().size());
        counts.put("views", ast.allViews().size());
        counts.put("triggers", ast.allTriggers().size());
        counts.put("extensions", ast.allExtensions().size());
        return counts;
    }
}
