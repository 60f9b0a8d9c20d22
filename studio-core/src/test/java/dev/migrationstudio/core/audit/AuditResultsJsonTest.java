package dev.migrationstudio.core.audit;

import static dev.migrationstudio.core.audit.TestModel.model;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.migrationstudio.core.audit.rls.RlsAudit;
import dev.migrationstudio.core.audit.rls.RlsAuditResult;
import dev.migrationstudio.core.audit.rls.RlsPlan;
import dev.migrationstudio.core.audit.rls.RlsReport;
import dev.migrationstudio.core.audit.rpc.RpcAudit;
import dev.migrationstudio.core.audit.rpc.RpcPlan;
import dev.migrationstudio.core.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The audit results become artifact data as they are: they must round-trip through the project's JSON mapper. */
class AuditResultsJsonTest {
    private static final TestModel MODEL = model()
            .table("public.notes", "id uuid", "user_id uuid").grant("public.notes", "anon", "SELECT")
            .policy("public.notes", "p", "INSERT", null, "true", "anon")
            .function("public.f(uuid)", "").definer("public.f(uuid)").grantExecute("public.f(uuid)", "PUBLIC");

    @Test
    void rlsReportAndPlanRoundTrip() throws Exception {
        RlsAuditResult result = RlsAudit.run(MODEL.build(), AuditScope.defaults());
        String json = Json.mapper().writeValueAsString(result.report());
        JsonNode tree = Json.mapper().readTree(json);

        assertThat(iterableFieldNames(tree.get("findings").get(0))).containsExactly("ruleId", "severity", "objectId",
                "file", "line", "column", "message", "safeRewrite", "fingerprint");
        assertThat(iterableFieldNames(tree.get("tables").get(0).get("commands").get(0)))
                .containsExactly("command", "coverage", "permissive", "restrictive");
        assertThat(Json.mapper().readValue(json, RlsReport.class)).isEqualTo(result.report());
        assertThat(Json.mapper().readValue(Json.mapper().writeValueAsString(result.plan()), RlsPlan.class))
                .isEqualTo(result.plan());
    }

    @Test
    void rpcPlanRoundTrips() throws Exception {
        RpcPlan plan = RpcAudit.run(MODEL.build(), AuditScope.defaults());
        String json = Json.mapper().writeValueAsString(plan);
        assertThat(iterableFieldNames(Json.mapper().readTree(json)))
                .containsExactly("exposedSchemas", "routines", "findings", "statements");
        assertThat(Json.mapper().readValue(json, RpcPlan.class)).isEqualTo(plan);
    }

    private static List<String> iterableFieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
