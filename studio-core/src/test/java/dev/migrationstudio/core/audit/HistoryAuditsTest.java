package dev.migrationstudio.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationstudio.core.audit.rls.RlsAudit;
import dev.migrationstudio.core.audit.rls.RlsAuditResult;
import dev.migrationstudio.core.audit.rpc.RpcPlan;
import dev.migrationstudio.core.finding.Finding;
import dev.migrationstudio.core.history.HistoryAnalysis;
import dev.migrationstudio.core.history.HistoryAnalyzer;
import dev.migrationstudio.core.report.StudioLog;
import dev.migrationstudio.core.source.MigrationScript;
import dev.migrationstudio.core.sql.parse.StatementParser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The audits over a statically read history, with findings pointed at the migration that declares the object. */
class HistoryAuditsTest {

    private static MigrationScript script(String name, int firstLine, String sql) {
        return new MigrationScript(name, null, name, MigrationScript.Kind.VERSIONED, Path.of("/project/db/" + name),
                sql, firstLine, true, null);
    }

    private static HistoryAnalysis analyze(MigrationScript... scripts) {
        return new HistoryAnalyzer(new StatementParser(), StudioLog.SILENT).analyze(List.of(scripts));
    }

    private static String fileName(Path path) {
        return "db/" + path.getFileName();
    }

    @Test
    void rlsFindingsPointAtTheCreateTableAndKeepTheirFingerprint() {
        HistoryAnalysis analysis = analyze(
                script("V1__notes.sql", 1, "-- notes\n\nCREATE TABLE public.notes (id uuid primary key, body text);\n"
                        + "GRANT SELECT ON public.notes TO anon;\n"),
                script("V2__more.sql", 1, "ALTER TABLE public.notes ADD COLUMN title text;\n"));

        RlsAuditResult located = new HistoryAudits(analysis, AuditScope.defaults(), HistoryAuditsTest::fileName).rls();
        RlsAuditResult plain = RlsAudit.run(analysis.model(), AuditScope.defaults());

        Finding gap = only(located.report().findings(), "rls-disabled-in-exposed-schema");
        assertThat(gap.objectId()).isEqualTo("public.notes");
        assertThat(gap.file()).isEqualTo("db/V1__notes.sql");
        assertThat(gap.line()).isEqualTo(3);
        assertThat(gap.fingerprint()).isEqualTo(only(plain.report().findings(), gap.ruleId()).fingerprint());
        assertThat(located.report().tables()).isEqualTo(plain.report().tables());
        assertThat(located.plan()).isEqualTo(plain.plan());
    }

    @Test
    void routineFindingsPointAtTheLastDefinitionAndLinesCountFromTheChangeSetStart() {
        String definer = "CREATE OR REPLACE FUNCTION public.secret() RETURNS int LANGUAGE sql SECURITY DEFINER"
                + " AS $$ SELECT 1 $$;\n";
        HistoryAnalysis analysis = analyze(
                script("V1__fn.sql", 1, definer),
                script("changelog.xml", 40, "SELECT 1;\n\n" + definer));

        RpcPlan plan = new HistoryAudits(analysis, AuditScope.defaults(), HistoryAuditsTest::fileName).rpc();

        Finding noSearchPath = only(plan.findings(), "DEFINER_NO_SEARCH_PATH");
        assertThat(noSearchPath.file()).isEqualTo("db/changelog.xml");
        assertThat(noSearchPath.line()).isEqualTo(42);
        assertThat(plan.statements()).isNotEmpty();
    }

    private static Finding only(List<Finding> findings, String ruleId) {
        List<Finding> matching = findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        assertThat(matching).as("findings of " + ruleId + " in " + findings).hasSize(1);
        return matching.get(0);
    }
}
