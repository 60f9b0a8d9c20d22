package dev.migrationstudio.core.audit.rls;

import static dev.migrationstudio.core.audit.TestModel.model;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationstudio.core.audit.AuditScope;
import dev.migrationstudio.core.audit.TestModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyCoverageTest {
    private static final String NOTES = "public.notes";

    private static TableRlsStatus status(TestModel model) {
        return RlsAudit.run(model.build(), AuditScope.defaults()).report().tables().stream()
                .filter(t -> t.tableId().equals(NOTES)).findFirst().orElseThrow();
    }

    private static List<Coverage> coverage(TestModel model) {
        return status(model).commands().stream().map(CommandCoverage::coverage).toList();
    }

    private static TestModel notes() {
        return model().table(NOTES, "id uuid", "user_id uuid").rlsOn(NOTES);
    }

    @Test
    void allCoversEveryCommand() {
        assertThat(coverage(notes().policy(NOTES, "own", "ALL", "user_id = auth.uid()", null)))
                .containsOnly(Coverage.PERMISSIVE);
    }

    @Test
    void eachCommandPolicyCoversOnlyItsCommand() {
        assertThat(coverage(notes().policy(NOTES, "read", "SELECT", "true", null)))
                .containsExactly(Coverage.PERMISSIVE, Coverage.NONE, Coverage.NONE, Coverage.NONE);
        assertThat(coverage(notes().policy(NOTES, "add", "INSERT", null, "true")))
                .containsExactly(Coverage.NONE, Coverage.PERMISSIVE, Coverage.NONE, Coverage.NONE);
    }

    @Test
    void restrictiveAloneGivesNoAccess() {
        TableRlsStatus status = status(notes().restrictivePolicy(NOTES, "mine", "ALL", "user_id = auth.uid()", null));
        assertThat(status.commands()).allSatisfy(c -> {
            assertThat(c.coverage()).isEqualTo(Coverage.RESTRICTIVE_ONLY);
            assertThat(c.grantsAccess()).isFalse();
            assertThat(c.restrictive()).containsExactly("mine");
        });
    }

    @Test
    void aPolicyWithoutItsExpressionGrantsNothing() {
        assertThat(coverage(notes().policy(NOTES, "add", "INSERT", null, null)))
                .containsExactly(Coverage.NONE, Coverage.NONE, Coverage.NONE, Coverage.NONE);
        assertThat(coverage(notes().policy(NOTES, "edit", "UPDATE", null, "true")))
                .as("UPDATE needs USING to reach a row").containsExactly(Coverage.NONE, Coverage.NONE, Coverage.NONE,
                        Coverage.NONE);
    }

    @Test
    void reportsExposureAndApiAccess() {
        TableRlsStatus status = status(notes().grant(NOTES, "anon", "SELECT").grant(NOTES, "PUBLIC", "update")
                .grant(NOTES, "service_role", "SELECT"));
        assertThat(status.exposed()).isTrue();
        assertThat(status.rlsEnabled()).isTrue();
        assertThat(status.apiAccess()).containsExactly("PUBLIC:UPDATE", "anon:SELECT");
    }
}
