package dev.migrationstudio.core.audit.rls;

import static dev.migrationstudio.core.audit.TestModel.model;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationstudio.core.audit.AuditScope;
import dev.migrationstudio.core.audit.TestModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyPlannerTest {
    private static final String NOTES = "public.notes";

    private static List<PolicyProposal> plan(TestModel model) {
        return RlsAudit.run(model.build(), AuditScope.defaults()).plan().proposals();
    }

    @Test
    void enablesRlsAndProposesOwnerOnlyPoliciesOnTheOwnerColumn() {
        List<PolicyProposal> proposals = plan(model().table(NOTES, "id uuid", "user_id uuid", "body text"));
        assertThat(proposals).extracting(PolicyProposal::kind).containsExactly(PolicyProposal.Kind.ENABLE_RLS,
                PolicyProposal.Kind.OWNER_ONLY, PolicyProposal.Kind.OWNER_ONLY, PolicyProposal.Kind.OWNER_ONLY,
                PolicyProposal.Kind.OWNER_ONLY);
        assertThat(proposals).extracting(PolicyProposal::sql).containsExactly(
                "ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;",
                "CREATE POLICY notes_select_own ON public.notes AS PERMISSIVE FOR SELECT TO authenticated"
                        + " USING ((select auth.uid()) = user_id);",
                "CREATE POLICY notes_insert_own ON public.notes AS PERMISSIVE FOR INSERT TO authenticated"
                        + " WITH CHECK ((select auth.uid()) = user_id);",
                "CREATE POLICY notes_update_own ON public.notes AS PERMISSIVE FOR UPDATE TO authenticated"
                        + " USING ((select auth.uid()) = user_id) WITH CHECK ((select auth.uid()) = user_id);",
                "CREATE POLICY notes_delete_own ON public.notes AS PERMISSIVE FOR DELETE TO authenticated"
                        + " USING ((select auth.uid()) = user_id);");
    }

    @Test
    void proposesOnlyTheUncoveredCommands() {
        List<PolicyProposal> proposals = plan(model().table(NOTES, "id uuid", "owner_id uuid").rlsOn(NOTES)
                .policy(NOTES, "read", "SELECT", "true", null)
                .restrictivePolicy(NOTES, "notes_insert_own", "INSERT", null, "true"));
        assertThat(proposals).extracting(PolicyProposal::command)
                .containsExactly(PolicyCommand.INSERT, PolicyCommand.UPDATE, PolicyCommand.DELETE);
        assertThat(proposals).allSatisfy(p -> assertThat(p.ownerColumn()).isEqualTo("owner_id"));
        assertThat(proposals.get(0).sql()).as("the name is taken by the restrictive policy")
                .startsWith("CREATE POLICY notes_insert_own_2 ON");
    }

    @Test
    void ownerColumnsArePickedInOrderAndMustBeUuid() {
        assertThat(plan(model().table(NOTES, "created_by uuid", "author_id uuid").rlsOn(NOTES)))
                .allSatisfy(p -> assertThat(p.ownerColumn()).isEqualTo("created_by"));
        assertThat(plan(model().table(NOTES, "user_id text").rlsOn(NOTES)))
                .allSatisfy(p -> assertThat(p.kind()).isEqualTo(PolicyProposal.Kind.DENY_ALL));
    }

    @Test
    void anIdReferencingAuthUsersIsTheOwner() {
        String profiles = "public.profiles";
        assertThat(plan(model().table(profiles, "id uuid", "name text").rlsOn(profiles)
                .foreignKey(profiles, "id", "auth.users")))
                .allSatisfy(p -> assertThat(p.ownerColumn()).isEqualTo("id"));
        assertThat(plan(model().table(profiles, "id uuid", "name text").rlsOn(profiles)))
                .allSatisfy(p -> assertThat(p.kind()).isEqualTo(PolicyProposal.Kind.DENY_ALL));
    }

    @Test
    void withoutOwnerColumnProposesCommentedDenyAllStubs() {
        List<PolicyProposal> proposals = plan(model().table("public.tags", "id int", "label text").rlsOn("public.tags"));
        assertThat(proposals).hasSize(4);
        assertThat(proposals.get(0).sql()).isEqualTo("-- public.tags has no owner column (uuid user_id, owner_id,"
                + " created_by, profile_id, author_id, or id referencing auth.users): this stub denies every SELECT;"
                + " replace false with the rule that should allow it.\n"
                + "CREATE POLICY tags_select_deny_all ON public.tags AS PERMISSIVE FOR SELECT USING (false);");
        assertThat(proposals.get(1).sql()).endsWith("FOR INSERT WITH CHECK (false);");
    }

    @Test
    void quotesIdentifiersThatNeedIt() {
        List<PolicyProposal> proposals = plan(model().table("public.User Notes", "user_id uuid"));
        assertThat(proposals.get(0).sql()).isEqualTo("ALTER TABLE public.\"User Notes\" ENABLE ROW LEVEL SECURITY;");
        assertThat(proposals.get(1).sql()).startsWith("CREATE POLICY \"User Notes_select_own\" ON public.\"User Notes\"");
    }

    @Test
    void coveredAndUnexposedTablesNeedNothing() {
        assertThat(plan(model().table(NOTES, "user_id uuid").rlsOn(NOTES).policy(NOTES, "own", "ALL", "true", null)))
                .isEmpty();
        assertThat(plan(model().table("private.notes", "user_id uuid"))).isEmpty();
    }
}
