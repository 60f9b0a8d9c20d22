package dev.migrationstudio.core.intent;

import dev.migrationstudio.core.schema.Policy;
import dev.migrationstudio.core.schema.Routine;
import dev.migrationstudio.core.schema.SchemaModel;
import dev.migrationstudio.core.schema.Table;
import dev.migrationstudio.core.schema.View;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Matches the database (a snapshot) with the migrations (the replayed history) by stable object id: tables,
 * policies, functions and views, each with a confidence score (see {@link Confidence}).
 */
public final class IntentSync {

    public SyncReport sync(Sources sources, SchemaModel database, SchemaModel migrations, List<String> exclusions) {
        ManagedScope scope = ManagedScope.of(Stream.concat(schemas(database), schemas(migrations)), exclusions);
        List<ObjectMatch> all = new ArrayList<>();
        all.addAll(match(ObjectType.TABLE, database.tables(), migrations.tables(), Table::id, Table::schema,
                TableScorer::score, scope));
        all.addAll(match(ObjectType.POLICY, database.policies(), migrations.policies(), Policy::id, Policy::schema,
                (db, sql) -> DefinitionScorer.score(db.id(), ObjectType.POLICY, policy(db), policy(sql)), scope));
        all.addAll(match(ObjectType.FUNCTION, database.routines(), migrations.routines(), Routine::id,
                Routine::schema,
                (db, sql) -> DefinitionScorer.score(db.id(), ObjectType.FUNCTION, routine(db), routine(sql)), scope));
        all.addAll(match(ObjectType.VIEW, database.views(), migrations.views(), View::id, View::schema,
                (db, sql) -> DefinitionScorer.score(db.id(), ObjectType.VIEW, view(db), view(sql)), scope));
        all.sort(Comparator.comparing(ObjectMatch::id).thenComparing(ObjectMatch::objectType));
        List<ObjectMatch> matched = only(all, Presence.BOTH);
        List<ObjectMatch> dbOnly = only(all, Presence.DB_ONLY);
        List<ObjectMatch> intentOnly = only(all, Presence.MIGRATIONS_ONLY);
        int drifted = (int) all.stream().filter(match -> !match.driftDetails().isEmpty()).count();
        SyncSummary summary = new SyncSummary(all.size(), matched.size(), dbOnly.size(), intentOnly.size(), drifted,
                Confidence.average(all.stream().map(ObjectMatch::confidence).toList()));
        return new SyncReport(sources.database(), sources.migrations(), scope, matched, dbOnly, intentOnly, summary);
    }

    /** Where each side came from, for the report. */
    public record Sources(String database, String migrations) {
    }

    private static <T> List<ObjectMatch> match(ObjectType type, List<T> database, List<T> migrations,
                                               Function<T, String> id, Function<T, String> schema,
                                               BiFunction<T, T, ObjectMatch> scoreBoth, ManagedScope scope) {
        Map<String, T> declared = byId(migrations, id, schema, scope);
        Map<String, T> actual = byId(database, id, schema, scope);
        List<ObjectMatch> matches = new ArrayList<>();
        actual.forEach((objectId, object) -> {
            T other = declared.get(objectId);
            matches.add(other == null ? ObjectMatch.dbOnly(objectId, type) : scoreBoth.apply(object, other));
        });
        declared.keySet().stream().filter(objectId -> !actual.containsKey(objectId))
                .forEach(objectId -> matches.add(ObjectMatch.migrationsOnly(objectId, type)));
        return matches;
    }

    private static <T> Map<String, T> byId(List<T> objects, Function<T, String> id, Function<T, String> schema,
                                           ManagedScope scope) {
        Map<String, T> byId = new TreeMap<>();
        for (T object : objects) {
            if (scope.covers(schema.apply(object))) {
                byId.put(id.apply(object), object);
            }
        }
        return byId;
    }

    private static List<ObjectMatch> only(List<ObjectMatch> all, Presence presence) {
        return all.stream().filter(match -> match.presence() == presence).toList();
    }

    private static Stream<String> schemas(SchemaModel model) {
        return Stream.of(model.tables().stream().map(Table::schema), model.policies().stream().map(Policy::schema),
                model.routines().stream().map(Routine::schema), model.views().stream().map(View::schema))
                .flatMap(Function.identity());
    }

    private static Map<String, Object> policy(Policy policy) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("command", policy.command());
        attributes.put("permissive", policy.permissive());
        // Replay keeps the role as written ("public"); the catalog prints the pseudo-role as PUBLIC.
        attributes.put("roles", policy.roles().stream()
                .map(role -> role.equalsIgnoreCase("public") ? "PUBLIC" : role).sorted().toList());
        return attributes;
    }

    private static Map<String, Object> routine(Routine routine) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("returns", routine.returnType());
        attributes.put("language", routine.language());
        attributes.put("security definer", routine.securityDefiner());
        attributes.put("volatility", routine.volatility());
        return attributes;
    }

    private static Map<String, Object> view(View view) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("materialized", view.materialized());
        attributes.put("security invoker", view.securityInvoker());
        return attributes;
    }
}
