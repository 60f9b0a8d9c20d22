package dev.migrationstudio.core.scaffold;

import dev.migrationstudio.core.schema.SchemaModel;
import dev.migrationstudio.core.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One run of every generator over a table with an awkward name ({@code "Todo Items"}: a space and upper case),
 * in the order a person would call the goals. Each step says how introspection shows its object, so bridge
 * tests apply the steps through Flyway or Liquibase, check each object is there, roll back, and check it is gone.
 */
public final class ScaffoldScenario {
    public static final String TABLE = "Todo Items";
    public static final TableRef REF = new TableRef("public", TABLE);

    /** A goal's output and how to see its object in a model. */
    public record Step(String goal, Scaffold scaffold, Predicate<SchemaModel> present) {
    }

    private ScaffoldScenario() {
    }

    public static List<Step> steps() throws ScaffoldException {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("create-table", CreateTableScaffold.generate("public", TABLE, true),
                model -> table(model).filter(Table::rlsEnabled).isPresent()));
        steps.add(new Step("add-column", AddColumnScaffold.generate(REF, "title", "text", false, "'untitled'"),
                model -> table(model).filter(t -> t.columns().stream().anyMatch(c -> c.name().equals("title"))).isPresent()));
        steps.add(new Step("add-column", AddColumnScaffold.generate(REF, "parentId", "bigint", true, null),
                model -> table(model).filter(t -> t.columns().stream().anyMatch(c -> c.name().equals("parentId"))).isPresent()));
        steps.add(new Step("add-rls-policy", AddRlsPolicyScaffold.generate(REF, "read own", PolicyCommand.SELECT,
                List.of("public"), "created_at <= now()", null),
                model -> model.policies().stream().anyMatch(p -> p.name().equals("read own"))));
        steps.add(new Step("add-index", AddIndexScaffold.generate(REF, "todo_items_created_at_idx",
                List.of("created_at"), false),
                model -> model.indexes().stream().anyMatch(i -> i.name().equals("todo_items_created_at_idx"))));
        steps.add(new Step("add-constraint", AddConstraintScaffold.generate(REF, "title_not_blank",
                new AddConstraintScaffold.Kind.Check("btrim(title) <> ''")),
                model -> validated(model, "title_not_blank")));
        steps.add(new Step("add-constraint", AddConstraintScaffold.generate(REF, "todo_items_title_key",
                new AddConstraintScaffold.Kind.Unique(List.of("title", "created_at"))),
                model -> validated(model, "todo_items_title_key")));
        steps.add(new Step("add-constraint", AddConstraintScaffold.generate(REF, "todo_items_parent_fk",
                new AddConstraintScaffold.Kind.ForeignKey(List.of("parentId"), REF, List.of("id"), "cascade")),
                model -> validated(model, "todo_items_parent_fk")));
        steps.add(new Step("add-function", AddFunctionScaffold.generate(new AddFunctionScaffold.Request("public",
                "count_todos", "p_since timestamp with time zone", "bigint", "sql",
                "select count(*) from public.\"Todo Items\" where created_at >= p_since", true, null, List.of())),
                model -> model.routines().stream().anyMatch(r -> r.name().equals("count_todos")
                        && r.securityDefiner() && r.config().containsKey("search_path"))));
        steps.add(new Step("create-view", CreateViewScaffold.generate("public", "Open Todos",
                "select id, title from public.\"Todo Items\" where title <> 'done'"),
                model -> model.views().stream().anyMatch(v -> v.name().equals("Open Todos"))));
        return steps;
    }

    public static List<MigrationDraft> drafts(List<Step> steps) {
        return steps.stream().flatMap(step -> step.scaffold().migrations().stream()).toList();
    }

    private static Optional<Table> table(SchemaModel model) {
        return model.tables().stream().filter(t -> t.schema().equals("public") && t.name().equals(TABLE)).findFirst();
    }

    private static boolean validated(SchemaModel model, String constraint) {
        return table(model).stream().flatMap(t -> t.constraints().stream())
                .anyMatch(c -> c.name().equals(constraint) && c.validated());
    }

}
