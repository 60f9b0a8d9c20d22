package dev.migrationstudio.core.audit;

import static dev.migrationstudio.core.audit.TestModel.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrationstudio.core.audit.rls.RlsAudit;
import dev.migrationstudio.core.audit.rls.RlsPlan;
import dev.migrationstudio.core.audit.rpc.RpcAudit;
import dev.migrationstudio.core.audit.rpc.RpcPlan;
import dev.migrationstudio.core.finding.Finding;
import dev.migrationstudio.core.schema.Grant;
import dev.migrationstudio.core.schema.Routine;
import dev.migrationstudio.core.schema.SchemaModel;
import dev.migrationstudio.core.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SQL the audits propose runs on a real PostgreSQL 17 and does what it says: owner-only policies let a user
 * reach only their rows, deny-all stubs deny, and the RPC rewrites clear the findings they answer when the
 * routine's privileges are read back from the catalog under the {@link Privileges} convention.
 */
class AuditRewritesRunOnPostgresTest {
    private static final String ALICE = "00000000-0000-0000-0000-00000000000a";
    private static final String BOB = "00000000-0000-0000-0000-00000000000b";
    private static final String SUPABASE_BASICS = """
            DO $$ BEGIN
              IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'anon') THEN CREATE ROLE anon NOLOGIN; END IF;
              IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'authenticated') THEN
                CREATE ROLE authenticated NOLOGIN;
              END IF;
            END $$;
            CREATE SCHEMA auth;
            GRANT USAGE ON SCHEMA auth TO anon, authenticated;
            CREATE TABLE auth.users (id uuid PRIMARY KEY);
            CREATE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql STABLE
              AS $$ SELECT nullif(current_setting('request.jwt.claim.sub', true), '')::uuid $$;
            """;

    private Connection connection;

    @BeforeEach
    void freshDatabase() throws Exception {
        connection = TestDatabase.create().connection();
        execute(SUPABASE_BASICS);
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
    }

    @Test
    void rlsPlanRunsAndEnforcesOwnership() throws Exception {
        execute("""
                CREATE TABLE public."User Notes" (id uuid, user_id uuid, body text);
                CREATE TABLE public."order" (id int, label text);
                GRANT SELECT, INSERT, UPDATE, DELETE ON public."User Notes", public."order" TO authenticated;
                INSERT INTO public."User Notes" VALUES (gen_random_uuid(), '%s', 'alice'), (gen_random_uuid(), '%s', 'bob');
                INSERT INTO public."order" VALUES (1, 'one');
                """.formatted(ALICE, BOB));
        SchemaModel declared = model()
                .table("public.User Notes", "id uuid", "user_id uuid", "body text")
                .table("public.order", "id integer", "label text")
                .grant("public.User Notes", "authenticated", "SELECT").grant("public.order", "authenticated", "SELECT")
                .build();
        RlsPlan plan = RlsAudit.run(declared, AuditScope.defaults()).plan();

        execute(plan.script());

        assertThat(count("SELECT count(*) FROM pg_policies WHERE schemaname = 'public'")).isEqualTo(8);
        assertThat(count("SELECT count(*) FROM pg_class WHERE relname IN ('User Notes', 'order') AND relrowsecurity"))
                .isEqualTo(2);
        execute("SET ROLE authenticated; SET request.jwt.claim.sub = '" + ALICE + "'");
        assertThat(count("SELECT count(*) FROM public.\"User Notes\"")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM public.\"User Notes\" WHERE body = 'alice'")).isEqualTo(1);
        assertThatThrownBy(() -> execute("INSERT INTO public.\"User Notes\" VALUES (gen_random_uuid(), '" + BOB
                + "', 'forged')")).hasMessageContaining("row-level security");
        execute("INSERT INTO public.\"User Notes\" VALUES (gen_random_uuid(), '" + ALICE + "', 'mine')");
        assertThat(count("SELECT count(*) FROM public.\"order\"")).as("deny-all stub").isZero();
        execute("RESET ROLE");
    }

    @Test
    void alwaysTruePolicyRewriteRuns() throws Exception {
        execute("""
                CREATE TABLE public.profiles (id uuid REFERENCES auth.users, name text);
                ALTER TABLE public.profiles ENABLE ROW LEVEL SECURITY;
                CREATE POLICY anyone ON public.profiles FOR INSERT TO anon WITH CHECK (true);
                """);
        SchemaModel declared = model().table("public.profiles", "id uuid", "name text").rlsOn("public.profiles")
                .foreignKey("public.profiles", "id", "auth.users")
                .policy("public.profiles", "anyone", "INSERT", null, "true", "anon").build();
        Finding finding = RlsAudit.run(declared, AuditScope.defaults()).report().findings().stream()
                .filter(f -> f.ruleId().equals("rls-policy-always-true")).findFirst().orElseThrow();

        execute(finding.safeRewrite());

        assertThat(count("SELECT count(*) FROM pg_policies WHERE policyname = 'anyone'"
                + " AND with_check = '(( SELECT auth.uid() AS uid) = id)'")).isEqualTo(1);
    }

    @Test
    void rpcRewritesClearTheirFindings() throws Exception {
        execute("""
                CREATE TABLE public.accounts (id uuid PRIMARY KEY, balance int);
                CREATE FUNCTION public.wipe(target uuid) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
                  AS $$ BEGIN UPDATE public.accounts SET balance = 0 WHERE id = target; END $$;
                GRANT EXECUTE ON FUNCTION public.wipe(uuid) TO anon;
                CREATE PROCEDURE public."Reset"() LANGUAGE sql AS $$ UPDATE public.accounts SET balance = 0 $$;
                """);
        RpcPlan before = RpcAudit.run(routinesFromCatalog(), AuditScope.defaults());
        assertThat(before.findings()).extracting(f -> f.ruleId() + " " + f.objectId()).containsExactly(
                "DEFINER_NO_SEARCH_PATH public.wipe(uuid)",
                "DEFINER_PUBLIC_EXPOSURE public.wipe(uuid)",
                "FUNCTION_SEARCH_PATH_MUTABLE public.Reset()");
        assertThat(count("SELECT count(*) FROM (SELECT 1 WHERE has_function_privilege('anon', 'public.wipe(uuid)',"
                + " 'EXECUTE')) x")).isEqualTo(1);

        for (String statement : before.statements()) {
            execute(statement);
        }

        assertThat(RpcAudit.run(routinesFromCatalog(), AuditScope.defaults()).findings()).isEmpty();
        assertThat(count("SELECT count(*) FROM (SELECT 1 WHERE has_function_privilege('anon', 'public.wipe(uuid)',"
                + " 'EXECUTE') OR has_function_privilege('authenticated', 'public.wipe(uuid)', 'EXECUTE')) x"))
                .isZero();
    }

    /** Just the routines of {@code public} and their grants, read the way {@link Privileges} asks producers to. */
    private SchemaModel routinesFromCatalog() throws SQLException {
        List<Routine> routines = new ArrayList<>();
        List<Grant> grants = new ArrayList<>();
        try (ResultSet rs = connection.createStatement().executeQuery("""
                SELECT p.proname, p.prokind,
                       ARRAY(SELECT format_type(t, NULL) FROM unnest(p.proargtypes::oid[]) t) AS argument_types,
                       l.lanname, p.prosecdef, p.proconfig, p.prosrc,
                       ARRAY(SELECT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee) END
                             FROM aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
                             WHERE a.privilege_type = 'EXECUTE' AND a.grantee <> p.proowner) AS executors
                FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_language l ON l.oid = p.prolang
                WHERE n.nspname = 'public'
                """)) {
            while (rs.next()) {
                List<String> types = Arrays.asList((String[]) rs.getArray("argument_types").getArray());
                Map<String, String> config = new HashMap<>();
                if (rs.getArray("proconfig") != null) {
                    for (String setting : (String[]) rs.getArray("proconfig").getArray()) {
                        config.put(setting.substring(0, setting.indexOf('=')), setting.substring(setting.indexOf('=') + 1));
                    }
                }
                Routine routine = new Routine("public", rs.getString("proname"),
                        "p".equals(rs.getString("prokind")) ? Routine.RoutineKind.PROCEDURE : Routine.RoutineKind.FUNCTION,
                        types, null, "void", rs.getString("lanname"), "VOLATILE", rs.getBoolean("prosecdef"), false,
                        config, rs.getString("prosrc"), "postgres", null);
                routines.add(routine);
                for (String grantee : (String[]) rs.getArray("executors").getArray()) {
                    grants.add(new Grant(Grant.ObjectType.FUNCTION, routine.id(), null, grantee, "EXECUTE", false));
                }
            }
        }
        return new SchemaModel(null, null, null, null, routines, null, null, null, null, null, null, null, grants);
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private long count(String sql) throws SQLException {
        try (ResultSet rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
