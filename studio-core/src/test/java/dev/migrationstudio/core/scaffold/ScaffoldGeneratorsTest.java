package dev.migrationstudio.core.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrationstudio.core.intent.IntentGraph;
import dev.migrationstudio.core.intent.IntentObject;
import dev.migrationstudio.core.intent.ManagedStatus;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScaffoldGeneratorsTest {

    @Test
    void everyGeneratedMigrationKeepsTheSafetyRules() throws ScaffoldException {
        ScaffoldLint.assertSafe(ScaffoldScenario.drafts(ScaffoldScenario.steps()));
    }

    @Test
    void namesAreQuotedExactlyWhenPostgresNeedsIt() throws ScaffoldException {
        assertThat(CreateTableScaffold.generate("public", "todos", true).migrations().get(0).upSql())
                .startsWith("CREATE TABLE public.todos (");
        assertThat(CreateTableScaffold.generate("App", "user", true).migrations().get(0).upSql())
                .startsWith("CREATE TABLE \"App\".\"user\" (");
        assertThat(CreateTableScaffold.generate("public", "a\"b; DROP TABLE x; --", true).migrations().get(0).upSql())
                .startsWith("CREATE TABLE public.\"a\"\"b; DROP TABLE x; --\" (");
    }

    @Test
    void namesPostgresWouldTruncateAreRefused() throws ScaffoldException {
        String sixtyFour = "x".repeat(64);
        assertThatThrownBy(() -> CreateTableScaffold.generate("public", sixtyFour, true))
                .hasMessageContaining("studio.name").hasMessageContaining("64 bytes").hasMessageContaining("truncate");
        // 32 two-byte characters: 64 bytes although only 32 characters
        assertThatThrownBy(() -> CreateTableScaffold.generate("public", "é".repeat(32), true))
                .hasMessageContaining("64 bytes");
        assertThat(CreateTableScaffold.generate("public", "x".repeat(63), true)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1); DROP TABLE x; --", "true) OR (true", "1 -- comment", "1 /* c */", "'open",
            "$$open", "(1", "1)", "now(); DELETE FROM t", "\\i evil.sql"})
    void hostileExpressionsAreRefusedWithTheSetting(String hostile) {
        assertThatThrownBy(() -> AddColumnScaffold.generate(ScaffoldScenario.REF, "c", "text", true, hostile))
                .hasMessageContaining("studio.default cannot be used");
        assertThatThrownBy(() -> AddRlsPolicyScaffold.generate(ScaffoldScenario.REF, "p", PolicyCommand.SELECT,
                List.of("public"), hostile, null)).isInstanceOf(ScaffoldException.class);
        assertThatThrownBy(() -> AddConstraintScaffold.generate(ScaffoldScenario.REF, "c",
                new AddConstraintScaffold.Kind.Check(hostile))).hasMessageContaining("studio.expression");
    }

    @Test
    void emptyCheckExpressionIsRefused() {
        assertThatThrownBy(() -> AddConstraintScaffold.generate(ScaffoldScenario.REF, "c",
                new AddConstraintScaffold.Kind.Check(" "))).hasMessageContaining("studio.expression")
                .hasMessageContaining("empty");
    }

    @Test
    void expressionsWithQuotesAndSemicolonsInsideLiteralsAreKept() throws ScaffoldException {
        String up = AddColumnScaffold.generate(ScaffoldScenario.REF, "note", "text", false, "'a;b -- ''c'''")
                .migrations().get(0).upSql();
        assertThat(up).contains("DEFAULT ('a;b -- ''c''')");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text; DROP TABLE x", "text DEFAULT 'x'", "int)", "text -- c"})
    void hostileTypesAreRefused(String type) {
        assertThatThrownBy(() -> AddColumnScaffold.generate(ScaffoldScenario.REF, "c", type, true, null))
                .hasMessageContaining("studio.type");
    }

    @ParameterizedTest
    @ValueSource(strings = {"select 1; drop table x", "delete from t", "select 1 -- c", "select (1"})
    void viewQueriesMustBeOneQuery(String query) {
        assertThatThrownBy(() -> CreateViewScaffold.generate("public", "v", query)).hasMessageContaining("studio.query");
    }

    @Test
    void notNullWithoutDefaultIsRefusedWithTheSafePath() {
        assertThatThrownBy(() -> AddColumnScaffold.generate(ScaffoldScenario.REF, "owner", "uuid", false, null))
                .hasMessageContaining("Safe path").hasMessageContaining("NOT VALID");
    }

    @Test
    void volatileDefaultsAreRefused() {
        assertThatThrownBy(() -> AddColumnScaffold.generate(ScaffoldScenario.REF, "token", "uuid", false,
                "gen_random_uuid()")).hasMessageContaining("rewrite the whole table");
    }

    @Test
    void definerFunctionsPinSearchPathAndRevokePublic() throws ScaffoldException {
        String up = AddFunctionScaffold.generate(new AddFunctionScaffold.Request("public", "f", null, "integer",
                "sql", "select 1 $function$", true, "", List.of("authenticated"))).migrations().get(0).upSql();
        assertThat(up).contains("SECURITY DEFINER\n    SET search_path = ''")
                .contains("AS $function_1$\nselect 1 $function$\n$function_1$;")
                .contains("REVOKE EXECUTE ON FUNCTION public.f() FROM PUBLIC;")
                .contains("GRANT EXECUTE ON FUNCTION public.f() TO authenticated;");
    }

    @Test
    void createTableWarnsAboutMissingPolicies() throws ScaffoldException {
        assertThat(CreateTableScaffold.generate("public", "t", true).warnings()).singleElement()
                .asString().contains("no policy yet");
        assertThat(CreateTableScaffold.generate("public", "t", false).migrations().get(0).upSql())
                .doesNotContain("ROW LEVEL SECURITY");
    }

    @Test
    void intentRecordsCreatedObjectsAsManagedAndRequiresManagedTables() throws ScaffoldException {
        IntentGraph graph = IntentGraph.greenfield(List.of("public"));
        assertThatThrownBy(() -> ScaffoldIntent.requireManaged(graph, ScaffoldScenario.REF))
                .hasMessageContaining("not in the intent graph").hasMessageContaining("create-table");
        IntentGraph after = ScaffoldIntent.record(graph, ScaffoldScenario.drafts(ScaffoldScenario.steps()));
        assertThat(after.objects()).extracting(IntentObject::id).contains("public.Todo Items",
                "public.Todo Items.read own", "public.Open Todos");
        assertThat(after.objects()).extracting(IntentObject::id)
                .anyMatch(id -> id.startsWith("public.count_todos("));
        assertThat(after.objects()).allMatch(o -> o.managedStatus() == ManagedStatus.MANAGED);
        ScaffoldIntent.requireManaged(after, ScaffoldScenario.REF);
        IntentGraph other = ScaffoldIntent.record(graph,
                CreateTableScaffold.generate("billing", "invoices", true).migrations());
        assertThat(other.managedScope().managedSchemas()).containsExactly("billing", "public");
        // A policy written in its own migration, on a table an earlier scaffold created.
        IntentGraph withPolicy = ScaffoldIntent.record(other, AddRlsPolicyScaffold.generate(new TableRef("billing",
                "invoices"), "own", PolicyCommand.SELECT, List.of("public"), "true", null).migrations());
        assertThat(withPolicy.object("billing.invoices.own")).isPresent();
    }
}
