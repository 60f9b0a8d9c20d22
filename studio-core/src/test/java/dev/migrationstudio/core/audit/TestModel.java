package dev.migrationstudio.core.audit;

import dev.migrationstudio.core.schema.Column;
import dev.migrationstudio.core.schema.Constraint;
import dev.migrationstudio.core.schema.Grant;
import dev.migrationstudio.core.schema.Policy;
import dev.migrationstudio.core.schema.Routine;
import dev.migrationstudio.core.schema.SchemaModel;
import dev.migrationstudio.core.schema.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds schema models for audit tests in a few readable lines. Tables and routines are named by their ids
 * ({@code public.notes}, {@code public.f(uuid)}); columns as {@code "name type"}.
 */
public final class TestModel {
    private final Map<String, TableSpec> tables = new LinkedHashMap<>();
    private final Map<String, RoutineSpec> routines = new LinkedHashMap<>();
    private final List<Policy> policies = new ArrayList<>();
    private final List<Grant> grants = new ArrayList<>();

    public static TestModel model() {
        return new TestModel();
    }

    public TestModel table(String tableId, String... columns) {
        tables.put(tableId, new TableSpec(tableId, Arrays.stream(columns).map(TestModel::column).toList()));
        return this;
    }

    public TestModel rlsOn(String tableId) {
        table(tableId).rls = true;
        return this;
    }

    public TestModel foreignKey(String tableId, String column, String targetTable) {
        table(tableId).constraints.add(new Constraint(tableId.substring(tableId.indexOf('.') + 1) + "_" + column + "_fkey",
                Constraint.ConstraintKind.FOREIGN_KEY, List.of(column), "FOREIGN KEY (" + column + ")",
                new Constraint.ForeignKey(targetTable, List.of("id"), "NO ACTION", "NO ACTION", "SIMPLE"),
                false, false, true));
        return this;
    }

    /** A permissive policy; no roles means PUBLIC. */
    public TestModel policy(String tableId, String name, String command, String using, String withCheck,
                            String... roles) {
        return addPolicy(tableId, name, command, true, using, withCheck, roles);
    }

    public TestModel restrictivePolicy(String tableId, String name, String command, String using, String withCheck,
                                       String... roles) {
        return addPolicy(tableId, name, command, false, using, withCheck, roles);
    }

    public TestModel grant(String tableId, String grantee, String privilege) {
        grants.add(new Grant(Grant.ObjectType.TABLE, tableId, null, grantee, privilege, false));
        return this;
    }

    public TestModel grantColumn(String tableId, String column, String grantee, String privilege) {
        grants.add(new Grant(Grant.ObjectType.COLUMN, tableId, column, grantee, privilege, false));
        return this;
    }

    public TestModel grantExecute(String routineId, String grantee) {
        grants.add(new Grant(Grant.ObjectType.FUNCTION, routineId, null, grantee, "EXECUTE", false));
        return this;
    }

    /** A SECURITY INVOKER plpgsql function with no search_path and no grants. */
    public TestModel function(String routineId, String body) {
        routines.put(routineId, new RoutineSpec(routineId, body));
        return this;
    }

    public TestModel definer(String routineId) {
        routine(routineId).definer = true;
        return this;
    }

    public TestModel searchPath(String routineId, String value) {
        routine(routineId).config.put("search_path", value);
        return this;
    }

    public TestModel language(String routineId, String language) {
        routine(routineId).language = language;
        return this;
    }

    public TestModel returns(String routineId, String type) {
        routine(routineId).returnType = type;
        return this;
    }

    public TestModel procedure(String routineId) {
        routine(routineId).kind = Routine.RoutineKind.PROCEDURE;
        return this;
    }

    public SchemaModel build() {
        return new SchemaModel(List.of(), tables.values().stream().map(TableSpec::build).toList(), List.of(),
                policies, routines.values().stream().map(RoutineSpec::build).toList(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), grants);
    }

    private TestModel addPolicy(String tableId, String name, String command, boolean permissive, String using,
                                String withCheck, String... roles) {
        String[] parts = split(tableId);
        policies.add(new Policy(parts[0], parts[1], name, command, permissive,
                roles.length == 0 ? List.of("PUBLIC") : List.of(roles), using, withCheck));
        return this;
    }

    private TableSpec table(String tableId) {
        TableSpec spec = tables.get(tableId);
        if (spec == null) {
            throw new IllegalArgumentException("Declare table " + tableId + " first");
        }
        return spec;
    }

    private RoutineSpec routine(String routineId) {
        RoutineSpec spec = routines.get(routineId);
        if (spec == null) {
            throw new IllegalArgumentException("Declare routine " + routineId + " first");
        }
        return spec;
    }

    private static Column column(String spec) {
        int space = spec.indexOf(' ');
        return new Column(spec.substring(0, space), spec.substring(space + 1), true, null, Column.Identity.NONE,
                null, null, null);
    }

    private static String[] split(String qualified) {
        int dot = qualified.indexOf('.');
        return new String[] {qualified.substring(0, dot), qualified.substring(dot + 1)};
    }

    private static final class TableSpec {
        final String id;
        final List<Column> columns;
        final List<Constraint> constraints = new ArrayList<>();
        boolean rls;

        TableSpec(String id, List<Column> columns) {
            this.id = id;
            this.columns = columns;
        }

        Table build() {
            String[] parts = split(id);
            return new Table(parts[0], parts[1], Table.TableKind.TABLE, false, null, null, null, columns,
                    constraints, rls, false, "postgres", null);
        }
    }

    private static final class RoutineSpec {
        final String schema;
        final String name;
        final List<String> argumentTypes;
        final String body;
        final Map<String, String> config = new HashMap<>();
        boolean definer;
        String language = "plpgsql";
        String returnType = "void";
        Routine.RoutineKind kind = Routine.RoutineKind.FUNCTION;

        RoutineSpec(String routineId, String body) {
            int open = routineId.indexOf('(');
            String[] parts = split(routineId.substring(0, open));
            String args = routineId.substring(open + 1, routineId.length() - 1);
            this.schema = parts[0];
            this.name = parts[1];
            this.argumentTypes = args.isEmpty() ? List.of() : List.of(args.split(","));
            this.body = body;
        }

        Routine build() {
            return new Routine(schema, name, kind, argumentTypes, String.join(", ", argumentTypes), returnType,
                    language, "VOLATILE", definer, false, config, body, "postgres", null);
        }
    }
}
