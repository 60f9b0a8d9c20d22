package dev.migrationstudio.core.audit.rpc;

import static dev.migrationstudio.core.audit.TestModel.model;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationstudio.core.audit.AuditScope;
import dev.migrationstudio.core.audit.TestModel;
import dev.migrationstudio.core.finding.Finding;
import dev.migrationstudio.core.finding.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per RPC rule, each with cases that must fire and cases that must not. */
class RpcChecksTest {
    private static final String F = "public.f(uuid)";
    private static final String NO_CHECK = "begin update public.accounts set balance = 0 where id = $1; end";

    private static List<Finding> findings(TestModel model, String ruleId) {
        assertThat(RpcAudit.ruleIds()).contains(ruleId);
        return RpcAudit.run(model.build(), AuditScope.defaults()).findings().stream()
                .filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** A definer function with a pinned search_path that PUBLIC may execute (Postgres' default). */
    private static TestModel exposedDefiner(String body) {
        return model().function(F, body).definer(F).searchPath(F, "''").grantExecute(F, "PUBLIC");
    }

    @Test
    void definerNoSearchPath() {
        String rule = "DEFINER_NO_SEARCH_PATH";
        assertThat(findings(model().function(F, NO_CHECK).definer(F), rule)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.objectId()).isEqualTo(F);
            assertThat(f.safeRewrite()).isEqualTo("ALTER FUNCTION public.f(uuid) SET search_path = '';");
        });
        assertThat(findings(model().function(F, NO_CHECK).definer(F).searchPath(F, "public, pg_temp"), rule)).isEmpty();
        assertThat(findings(model().function(F, NO_CHECK), rule)).isEmpty();
    }

    @Test
    void functionSearchPathMutable() {
        String rule = "FUNCTION_SEARCH_PATH_MUTABLE";
        assertThat(findings(model().function(F, NO_CHECK), rule)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.safeRewrite()).isEqualTo("ALTER FUNCTION public.f(uuid) SET search_path = '';");
        });
        assertThat(findings(model().function(F, NO_CHECK).searchPath(F, "''"), rule)).isEmpty();
        assertThat(findings(model().function(F, NO_CHECK).definer(F), rule))
                .as("definer functions get DEFINER_NO_SEARCH_PATH instead").isEmpty();
    }

    @Test
    void definerPublicExposure() {
        String rule = "DEFINER_PUBLIC_EXPOSURE";
        assertThat(findings(exposedDefiner(NO_CHECK), rule)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("PUBLIC");
            assertThat(f.safeRewrite()).isEqualTo("REVOKE EXECUTE ON FUNCTION public.f(uuid) FROM PUBLIC;");
        });
        assertThat(findings(exposedDefiner(NO_CHECK).grantExecute(F, "anon").grantExecute(F, "authenticated")
                .grantExecute(F, "service_role"), rule)).singleElement().satisfies(f -> assertThat(f.safeRewrite())
                        .isEqualTo("REVOKE EXECUTE ON FUNCTION public.f(uuid) FROM PUBLIC, anon, authenticated;"));
        assertThat(findings(exposedDefiner("begin -- TODO check auth.uid()\n delete from public.t; end"), rule))
                .as("a check in a comment is no check").hasSize(1);

        assertThat(findings(exposedDefiner("begin if auth.uid() is null then raise 'no'; end if; end"), rule)).isEmpty();
        assertThat(findings(exposedDefiner("begin if AUTH.ROLE() <> 'admin' then return; end if; end"), rule)).isEmpty();
        assertThat(findings(exposedDefiner("select current_user = 'admin'"), rule)).isEmpty();
        assertThat(findings(model().function(F, NO_CHECK).definer(F).searchPath(F, "''"), rule))
                .as("no EXECUTE grant: revoked from PUBLIC").isEmpty();
        assertThat(findings(model().function(F, NO_CHECK).definer(F).searchPath(F, "''")
                .grantExecute(F, "service_role"), rule)).isEmpty();
        assertThat(findings(model().function(F, NO_CHECK).searchPath(F, "''").grantExecute(F, "PUBLIC"), rule))
                .as("security invoker").isEmpty();
        assertThat(findings(model().function("private.f(uuid)", NO_CHECK).definer("private.f(uuid)")
                .searchPath("private.f(uuid)", "''").grantExecute("private.f(uuid)", "PUBLIC"), rule))
                .as("not in an exposed schema").isEmpty();
        assertThat(findings(exposedDefiner(NO_CHECK).returns(F, "trigger"), rule))
                .as("trigger functions cannot be called").isEmpty();
    }

    @Test
    void emptyFunctionBody() {
        String rule = "EMPTY_FUNCTION_BODY";
        for (String body : List.of("", "  \n", "begin end", "BEGIN\n  NULL;\nEND;", "-- later\n/* todo */")) {
            assertThat(findings(model().function(F, body), rule)).as(body).singleElement()
                    .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        }
        assertThat(findings(model().function(F, null), rule)).hasSize(1);

        assertThat(findings(model().function(F, "begin return; end"), rule)).isEmpty();
        assertThat(findings(model().function(F, "select 1").language(F, "sql"), rule)).isEmpty();
        assertThat(findings(model().function(F, "begin end").language(F, "sql"), rule))
                .as("not a PL/pgSQL block in SQL").isEmpty();
        assertThat(findings(model().function(F, "").language(F, "c"), rule)).isEmpty();
    }

    @Test
    void proceduresAreNamedAsProcedures() {
        String routine = "public.run()";
        RpcPlan plan = RpcAudit.run(model().function(routine, NO_CHECK).procedure(routine).definer(routine)
                .grantExecute(routine, "anon").build(), AuditScope.defaults());
        assertThat(plan.statements()).containsExactly(
                "ALTER PROCEDURE public.run() SET search_path = '';",
                "REVOKE EXECUTE ON PROCEDURE public.run() FROM anon;");
    }

    @Test
    void planListsRoutineFactsAndSqlStatementsOnly() {
        RpcPlan plan = RpcAudit.run(model()
                .function(F, NO_CHECK).definer(F).grantExecute(F, "PUBLIC")
                .function("public.Stub()", "").searchPath("public.Stub()", "''")
                .function("auth.uid()", "select null::uuid").language("auth.uid()", "sql")
                .build(), AuditScope.defaults());
        assertThat(plan.routines()).extracting(RoutineSecurity::routineId)
                .as("platform schemas are not audited").containsExactly("public.Stub()", F);
        assertThat(plan.routines().get(1)).isEqualTo(new RoutineSecurity(F, "function", true, null,
                List.of("PUBLIC"), true, false));
        assertThat(plan.findings()).extracting(Finding::ruleId)
                .containsExactly("DEFINER_NO_SEARCH_PATH", "DEFINER_PUBLIC_EXPOSURE", "EMPTY_FUNCTION_BODY");
        assertThat(plan.statements()).containsExactly("ALTER FUNCTION public.f(uuid) SET search_path = '';",
                "REVOKE EXECUTE ON FUNCTION public.f(uuid) FROM PUBLIC;");
        assertThat(plan.findings().get(2).safeRewrite()).contains("DROP FUNCTION public.\"Stub\"();");
    }
}
