package dev.migrationstudio.core.scaffold;

import dev.migrationstudio.core.intent.IntentGraph;
import dev.migrationstudio.core.intent.IntentObject;
import dev.migrationstudio.core.intent.ManagedScope;
import dev.migrationstudio.core.intent.ManagedStatus;
import dev.migrationstudio.core.intent.NearMatches;
import dev.migrationstudio.core.intent.ObjectType;
import dev.migrationstudio.core.intent.Presence;
import dev.migrationstudio.core.sql.SqlIdentifiers;
import dev.migrationstudio.core.sql.parse.StatementParser;
import dev.migrationstudio.core.sql.replay.SchemaReplayer;
import dev.migrationstudio.core.sql.replay.TouchedObject;
import dev.migrationstudio.core.sql.split.SqlSplitter;
import dev.migrationstudio.core.sql.split.SqlStatement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The intent graph side of scaffolding: a goal that changes a table needs it managed; what a scaffold creates
 * becomes managed. The created objects are read back from the generated SQL with the same replayer that reads
 * histories, so the ids are exactly the ones intent sync will later find.
 */
public final class ScaffoldIntent {
    /** How the graph records an object a scaffold wrote. */
    public static final String FROM_SCAFFOLD = "scaffold";
    private static final StatementParser PARSER = new StatementParser();

    private ScaffoldIntent() {
    }

    /** The table's intent object, when it is managed; otherwise why not, with what the person can do. */
    public static void requireManaged(IntentGraph graph, TableRef table) throws ScaffoldException {
        IntentObject object = graph.object(table.id()).orElse(null);
        if (object == null) {
            List<String> near = NearMatches.of(table.id(),
                    graph.objects().stream().map(IntentObject::id).toList(), 3);
            throw new ScaffoldException("studio.entity " + table.id() + " is not in the intent graph"
                    + (near.isEmpty() ? "" : " (did you mean " + String.join(", ", near) + "?)")
                    + ": create it with studio:create-table, or run studio:adopt / studio:intent-sync first");
        }
        if (object.managedStatus() != ManagedStatus.MANAGED) {
            throw new ScaffoldException("studio.entity " + table.id() + " is " + object.managedStatus().json()
                    + " in the intent graph, not managed: run studio:intent-patch -Dstudio.id=" + table.id()
                    + " -Dstudio.status=managed if the studio may write its migrations");
        }
    }

    /** The graph with every table, policy, function and view the migrations create recorded as managed. */
    public static IntentGraph record(IntentGraph graph, List<MigrationDraft> migrations) {
        Map<String, IntentObject> objects = new LinkedHashMap<>();
        graph.objects().forEach(object -> objects.put(object.id(), object));
        List<String> schemas = new ArrayList<>();
        for (TouchedObject created : created(graph, migrations)) {
            ObjectType type = objectType(created.kind());
            if (type != null) {
                objects.put(created.id(), new IntentObject(created.id(), type, ManagedStatus.MANAGED, BigDecimal.ONE,
                        Presence.MIGRATIONS_ONLY, List.of(), FROM_SCAFFOLD));
                schemas.add(created.id().substring(0, created.id().indexOf('.')));
            }
        }
        ManagedScope scope = graph.managedScope();
        ManagedScope widened = ManagedScope.of(Stream.concat(scope.managedSchemas().stream(), schemas.stream()),
                scope.explicitExclusions());
        return graph.withObjects(new ArrayList<>(objects.values()), widened);
    }

    /** Replays the drafts after the graph's tables, so a policy on a table from an earlier migration is seen. */
    static List<TouchedObject> created(IntentGraph graph, List<MigrationDraft> migrations) {
        SchemaReplayer replayer = new SchemaReplayer();
        for (IntentObject table : graph.withStatus(ManagedStatus.MANAGED)) {
            int dot = table.id().indexOf('.');
            if (table.objectType() == ObjectType.TABLE && dot > 0) {
                replayer.apply(PARSER.parse("CREATE TABLE " + SqlIdentifiers.qualified(table.id().substring(0, dot),
                        table.id().substring(dot + 1)) + " ()"));
            }
        }
        List<TouchedObject> created = new ArrayList<>();
        for (MigrationDraft draft : migrations) {
            for (SqlStatement statement : SqlSplitter.split(draft.upSql()).statements()) {
                replayer.apply(PARSER.parse(statement.text())).touched().stream()
                        .filter(touched -> touched.change() == TouchedObject.Change.CREATED)
                        .forEach(created::add);
            }
        }
        return created;
    }

    private static ObjectType objectType(TouchedObject.Kind kind) {
        return switch (kind) {
            case TABLE -> ObjectType.TABLE;
            case POLICY -> ObjectType.POLICY;
            case FUNCTION -> ObjectType.FUNCTION;
            case VIEW -> ObjectType.VIEW;
            default -> null;
        };
    }
}
