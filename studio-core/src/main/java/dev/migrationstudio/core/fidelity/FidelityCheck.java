package dev.migrationstudio.core.fidelity;

import dev.migrationstudio.core.schema.Column;
import dev.migrationstudio.core.schema.Constraint;
import dev.migrationstudio.core.schema.Extension;
import dev.migrationstudio.core.schema.Index;
import dev.migrationstudio.core.schema.Policy;
import dev.migrationstudio.core.schema.Routine;
import dev.migrationstudio.core.schema.SchemaModel;
import dev.migrationstudio.core.schema.Table;
import dev.migrationstudio.core.schema.Trigger;
import dev.migrationstudio.core.schema.View;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares the schema replayed from the history with the one PostgreSQL built from it, object by object, within
 * the schemas the database snapshot covers. Structural fields must be equal; expressions compare loosely (see
 * {@link Expressions}) and go to their own list.
 */
public final class FidelityCheck {
    private final Differences diffs = new Differences();
    private final Map<String, Integer> identical = new LinkedHashMap<>();

    private FidelityCheck() {
    }

    public static FidelityReport compare(SchemaModel parsed, SchemaModel database, Set<String> schemas) {
        FidelityCheck check = new FidelityCheck();
        check.compare("table", scoped(parsed.tables(), Table::schema, schemas), database.tables(), Table::id,
                check::table);
        check.compare("index", scoped(parsed.indexes(), Index::schema, schemas), database.indexes(), Index::id,
                check::index);
        check.compare("policy", scoped(parsed.policies(), Policy::schema, schemas), database.policies(), Policy::id,
                check::policy);
        check.compare("function", scoped(parsed.routines(), Routine::schema, schemas), database.routines(),
                Routine::id, check::routine);
        check.compare("view", scoped(parsed.views(), View::schema, schemas), database.views(), View::id, check::view);
        check.compare("trigger", scoped(parsed.triggers(), Trigger::schema, schemas), database.triggers(),
                Trigger::id, check::trigger);
        check.compare("extension", scoped(parsed.extensions(), Extension::schema, schemas),
                scoped(database.extensions(), Extension::schema, schemas), Extension::name,
                (a, b) -> check.diffs.field("schema", a.schema(), b.schema()));
        return new FidelityReport(check.identical, check.diffs.mismatches, check.diffs.expressions);
    }

    private static <T> List<T> scoped(List<T> objects, Function<T, String> schema, Set<String> schemas) {
        return objects.stream().filter(o -> schemas.contains(schema.apply(o))).toList();
    }

    private <T> void compare(String kind, List<T> parsed, List<T> database, Function<T, String> id,
                             BiConsumer<T, T> fields) {
        Map<String, T> parsedById = parsed.stream().collect(Collectors.toMap(id, o -> o, (a, b) -> a));
        Map<String, T> databaseById = database.stream().collect(Collectors.toMap(id, o -> o, (a, b) -> a));
        Set<String> ids = new TreeSet<>(parsedById.keySet());
        ids.addAll(databaseById.keySet());
        int same = 0;
        for (String objectId : ids) {
            T a = parsedById.get(objectId);
            T b = databaseById.get(objectId);
            if (a == null || b == null) {
                diffs.missing(kind, objectId, b != null);
                continue;
            }
            diffs.begin(kind, objectId);
            fields.accept(a, b);
            same += diffs.identical() ? 1 : 0;
        }
        identical.put(kind, same);
    }

    private void table(Table a, Table b) {
        diffs.field("kind", a.kind(), b.kind());
        diffs.field("columns", a.columns().stream().map(Column::name).toList(),
                b.columns().stream().map(Column::name).toList());
        for (Column column : a.columns()) {
            b.columns().stream().filter(c -> c.name().equals(column.name())).findFirst()
                    .ifPresent(other -> column(column, other));
        }
        diffs.field("constraints", a.constraints().stream().map(Constraint::name).toList(),
                b.constraints().stream().map(Constraint::name).toList());
        for (Constraint constraint : a.constraints()) {
            b.constraints().stream().filter(c -> c.name().equals(constraint.name())).findFirst()
                    .ifPresent(other -> constraint(constraint, other));
        }
        diffs.field("rlsEnabled", a.rlsEnabled(), b.rlsEnabled());
        diffs.field("rlsForced", a.rlsForced(), b.rlsForced());
    }

    private void column(Column a, Column b) {
        String prefix = "column " + a.name() + ".";
        diffs.field(prefix + "type", a.type(), b.type());
        diffs.field(prefix + "nullable", a.nullable(), b.nullable());
        diffs.field(prefix + "identity", a.identity(), b.identity());
        diffs.field(prefix + "default", a.defaultExpression() == null, b.defaultExpression() == null);
        diffs.expression(prefix + "default", a.defaultExpression(), b.defaultExpression());
        diffs.field(prefix + "generated", a.generated() == null, b.generated() == null);
        diffs.expression(prefix + "generated", a.generated(), b.generated());
    }

    private void constraint(Constraint a, Constraint b) {
        String prefix = "constraint " + a.name() + ".";
        diffs.field(prefix + "kind", a.kind(), b.kind());
        if (a.kind() != Constraint.ConstraintKind.CHECK) {
            // A CHECK's columns are whatever its expression mentions: compared through the expression below.
            diffs.field(prefix + "columns", a.columns(), b.columns());
        }
        diffs.field(prefix + "references", a.references(), b.references());
        diffs.field(prefix + "deferrable", a.deferrable(), b.deferrable());
        diffs.field(prefix + "validated", a.validated(), b.validated());
        if (a.kind() == Constraint.ConstraintKind.CHECK || a.kind() == Constraint.ConstraintKind.EXCLUDE) {
            diffs.expression(prefix + "definition", a.definition(), b.definition());
        }
    }

    private void index(Index a, Index b) {
        diffs.field("table", a.table(), b.table());
        diffs.field("unique", a.unique(), b.unique());
        diffs.field("method", a.method(), b.method());
        diffs.field("keys.count", a.keys().size(), b.keys().size());
        diffs.field("include", a.include(), b.include());
        diffs.field("partial", a.predicate() == null, b.predicate() == null);
        diffs.field("constraint", a.constraint(), b.constraint());
        diffs.expression("keys", String.join(", ", a.keys()), String.join(", ", b.keys()));
        diffs.expression("predicate", a.predicate(), b.predicate());
    }

    private void policy(Policy a, Policy b) {
        diffs.field("command", a.command(), b.command());
        diffs.field("permissive", a.permissive(), b.permissive());
        diffs.field("roles", Names.roles(a.roles()), Names.roles(b.roles()));
        diffs.field("using", a.using() == null, b.using() == null);
        diffs.field("withCheck", a.withCheck() == null, b.withCheck() == null);
        diffs.expression("using", a.using(), b.using());
        diffs.expression("withCheck", a.withCheck(), b.withCheck());
    }

    private void routine(Routine a, Routine b) {
        diffs.field("kind", a.kind(), b.kind());
        diffs.field("returnType", a.returnType(), b.returnType());
        diffs.field("language", a.language(), b.language());
        diffs.field("volatility", a.volatility(), b.volatility());
        diffs.field("securityDefiner", a.securityDefiner(), b.securityDefiner());
        diffs.field("strict", a.strict(), b.strict());
        diffs.field("config", a.config(), b.config());
    }

    private void view(View a, View b) {
        diffs.field("materialized", a.materialized(), b.materialized());
        diffs.field("securityInvoker", a.securityInvoker(), b.securityInvoker());
        diffs.expression("definition", a.definition(), b.definition());
    }

    private void trigger(Trigger a, Trigger b) {
        diffs.field("timing", a.timing(), b.timing());
        diffs.field("events", a.events(), b.events());
        diffs.field("level", a.level(), b.level());
        diffs.field("function", a.function(), b.function());
        diffs.expression("when", a.when(), b.when());
    }
}
