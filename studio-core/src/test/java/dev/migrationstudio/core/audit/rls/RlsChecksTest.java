package dev.migrationstudio.core.audit.rls;

import static dev.migrationstudio.core.audit.TestModel.model;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationstudio.core.audit.AuditScope;
import dev.migrationstudio.core.audit.TestModel;
import dev.migrationstudio.core.finding.Finding;
import dev.migrationstudio.core.finding.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per RLS rule, each with cases that must fire and cases that must not. */
class RlsChecksTest {
    private static final String NOTES = "public.notes";

    private static List<Finding> findings(TestModel model, String ruleId) {
        return findings(model, ruleId, AuditScope.defaults());
    }

    private static List<Finding> findings(TestModel model, String ruleId, AuditScope scope) {
        assertThat(RlsAudit.ruleIds()).contains(ruleId);
        return RlsAudit.run(model.build(), scope).report().findings().stream()
                .filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    private static TestModel notes() {
        return model().table(NOTES, "id uuid", "user_id uuid", "body text");
    }

    @Test
    void rlsDisabledInExposedSchema() {
        String rule = "rls-disabled-in-exposed-schema";
        List<Finding> fired = findings(notes().grant(NOTES, "anon", "SELECT"), rule);
        assertThat(fired).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.objectId()).isEqualTo(NOTES);
            assertThat(f.message()).contains("anon:SELECT");
            assertThat(f.safeRewrite()).isEqualTo("ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;");
        });
        assertThat(findings(notes().grant(NOTES, "PUBLIC", "INSERT"), rule)).hasSize(1);
        assertThat(findings(notes().grantColumn(NOTES, "body", "authenticated", "SELECT"), rule)).hasSize(1);

        assertThat(findings(notes().grant(NOTES, "anon", "SELECT").rlsOn(NOTES), rule)).isEmpty();
        assertThat(findings(notes().grant(NOTES, "service_role", "SELECT"), rule)).isEmpty();
        assertThat(findings(notes().grant(NOTES, "anon", "TRUNCATE"), rule)).isEmpty();
        assertThat(findings(model().table("private.notes", "id uuid").grant("private.notes", "anon", "SELECT"), rule))
                .isEmpty();
        assertThat(findings(model().table("storage.objects", "id uuid").grant("storage.objects", "anon", "SELECT"),
                rule, AuditScope.exposing(List.of("public", "storage")))).isEmpty();
    }

    @Test
    void exposedSchemasComeFromTheCaller() {
        String rule = "rls-disabled-in-exposed-schema";
        TestModel model = notes().grant(NOTES, "anon", "SELECT")
                .table("api.items", "id uuid").grant("api.items", "anon", "SELECT");
        assertThat(findings(model, rule, AuditScope.exposing(List.of("api"))))
                .extracting(Finding::objectId).containsExactly("api.items");
    }

    @Test
    void policyExistsRlsDisabled() {
        String rule = "policy-exists-rls-disabled";
        TestModel model = model().table("private.notes", "id uuid")
                .policy("private.notes", "read_all", "SELECT", "true", null);
        assertThat(findings(model, rule)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("read_all");
            assertThat(f.safeRewrite()).isEqualTo("ALTER TABLE private.notes ENABLE ROW LEVEL SECURITY;");
        });
        assertThat(findings(model.rlsOn("private.notes"), rule)).isEmpty();
        assertThat(findings(notes(), rule)).isEmpty();
    }

    @Test
    void rlsEnabledNoPolicy() {
        String rule = "rls-enabled-no-policy";
        assertThat(findings(notes().rlsOn(NOTES), rule)).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(findings(notes().rlsOn(NOTES).policy(NOTES, "p", "SELECT", "true", null), rule)).isEmpty();
        assertThat(findings(notes(), rule)).isEmpty();
    }

    @Test
    void restrictiveOnly() {
        String rule = "rls-restrictive-only";
        TestModel restrictive = notes().rlsOn(NOTES)
                .restrictivePolicy(NOTES, "only_mine", "SELECT", "(select auth.uid()) = user_id", null);
        assertThat(findings(restrictive, rule)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("SELECT", "only_mine");
        });
        assertThat(findings(restrictive.policy(NOTES, "all_rows", "ALL", "true", "true"), rule)).isEmpty();
        assertThat(findings(notes().restrictivePolicy(NOTES, "only_mine", "SELECT", "true", null), rule))
                .as("RLS off: policy-exists-rls-disabled covers it").isEmpty();
    }

    @Test
    void policyAlwaysTrue() {
        String rule = "rls-policy-always-true";
        List<Finding> anonInsert = findings(notes().rlsOn(NOTES)
                .policy(NOTES, "anyone_inserts", "INSERT", null, "true", "anon"), rule);
        assertThat(anonInsert).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.objectId()).isEqualTo("public.notes.anyone_inserts");
            assertThat(f.safeRewrite()).isEqualTo(
                    "ALTER POLICY anyone_inserts ON public.notes WITH CHECK ((select auth.uid()) = user_id);");
        });
        assertThat(findings(notes().rlsOn(NOTES).policy(NOTES, "p", "UPDATE", "( 1 = 1 )", null, "authenticated"),
                rule)).singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.safeRewrite()).contains("USING ((select auth.uid()) = user_id)",
                            "WITH CHECK ((select auth.uid()) = user_id)");
                });
        assertThat(findings(model().table("public.tags", "id int").policy("public.tags", "p", "DELETE", "(true)", null),
                rule)).singleElement().satisfies(f -> {
                    assertThat(f.severity()).as("no roles: PUBLIC").isEqualTo(Severity.ERROR);
                    assertThat(f.safeRewrite()).startsWith("Replace the always-true expression");
                });
        assertThat(findings(notes().policy(NOTES, "p", "ALL", "user_id = auth.uid()", "true", "authenticated"), rule))
                .hasSize(1);

        assertThat(findings(notes().policy(NOTES, "read", "SELECT", "true", null, "anon"), rule)).isEmpty();
        assertThat(findings(notes().policy(NOTES, "p", "INSERT", null, "(select auth.uid()) = user_id", "anon"), rule))
                .isEmpty();
        assertThat(findings(notes().restrictivePolicy(NOTES, "p", "UPDATE", "true", "true", "anon"), rule)).isEmpty();
        assertThat(findings(notes().policy(NOTES, "p", "ALL", "true", "true", "service_role"), rule)).isEmpty();
        assertThat(findings(notes().policy(NOTES, "p", "INSERT", null, null, "anon"), rule))
                .as("a missing WITH CHECK admits nothing").isEmpty();
        assertThat(findings(notes().policy(NOTES, "p", "DELETE", "truely_mine(id)", null, "anon"), rule)).isEmpty();
    }

    @Test
    void policyReferencesUserMetadata() {
        String rule = "rls-references-user-metadata";
        assertThat(findings(notes().policy(NOTES, "admins", "ALL",
                "((auth.jwt() -> 'user_metadata'::text) ->> 'role'::text) = 'admin'::text", null), rule))
                .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThat(findings(notes().policy(NOTES, "admins", "INSERT", null,
                "(SELECT (u.raw_user_meta_data ->> 'admin') FROM auth.users u WHERE u.id = auth.uid())::boolean"),
                rule)).hasSize(1);
        assertThat(findings(notes().policy(NOTES, "admins", "SELECT",
                "((current_setting('request.jwt.claims', true))::jsonb -> 'user_metadata' ->> 'role') = 'admin'",
                null), rule)).hasSize(1);

        assertThat(findings(notes().policy(NOTES, "admins", "ALL",
                "((auth.jwt() -> 'app_metadata'::text) ->> 'role'::text) = 'admin'::text", null), rule)).isEmpty();
        assertThat(findings(notes().policy(NOTES, "meta", "SELECT", "user_metadata_public = true", null), rule))
                .as("a column named like it is not the JWT").isEmpty();
    }

    @Test
    void securityDefinerBypassesRls() {
        String rule = "security-definer-bypasses-rls";
        TestModel qualified = notes().rlsOn(NOTES)
                .function("public.purge(uuid)", "begin delete from public.notes where user_id = $1; end")
                .definer("public.purge(uuid)");
        assertThat(findings(qualified, rule)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.objectId()).isEqualTo("public.purge(uuid)");
            assertThat(f.message()).contains(NOTES);
            assertThat(f.safeRewrite()).isEqualTo("ALTER FUNCTION public.purge(uuid) SECURITY INVOKER;");
        });
        TestModel unqualified = notes().rlsOn(NOTES)
                .function("public.n()", "select count(*) from Notes").definer("public.n()").language("public.n()", "sql");
        assertThat(findings(unqualified, rule)).hasSize(1);

        assertThat(findings(unqualified.searchPath("public.n()", "''"), rule))
                .as("with an empty search_path a bare name cannot be public.notes").isEmpty();
        assertThat(findings(notes().rlsOn(NOTES).function("public.f()", "select 1 from public.notes"), rule))
                .as("security invoker").isEmpty();
        assertThat(findings(notes().function("public.f()", "select 1 from public.notes").definer("public.f()"), rule))
                .as("RLS off: nothing to bypass").isEmpty();
        assertThat(findings(notes().rlsOn(NOTES).function("public.f()",
                "select 1 from public.notes_archive join other.notes using (id) -- public.notes\n").definer("public.f()"),
                rule)).as("other tables, and a comment").isEmpty();
    }

    @Test
    void quotedTableNamesMatchOnlyInTheirQuotedForm() {
        String rule = "security-definer-bypasses-rls";
        TestModel model = model().table("public.Notes", "id uuid").rlsOn("public.Notes")
                .function("public.a()", "select * from \"public\" . \"Notes\"").definer("public.a()")
                .function("public.b()", "select * from public.notes").definer("public.b()");
        assertThat(findings(model, rule)).extracting(Finding::objectId).containsExactly("public.a()");
    }

    @Test
    void findingsAreStableAcrossRuns() {
        TestModel model = notes().grant(NOTES, "anon", "SELECT").policy(NOTES, "p", "INSERT", null, "true", "anon");
        assertThat(RlsAudit.run(model.build(), AuditScope.defaults()))
                .isEqualTo(RlsAudit.run(model.build(), AuditScope.defaults()));
    }
}
