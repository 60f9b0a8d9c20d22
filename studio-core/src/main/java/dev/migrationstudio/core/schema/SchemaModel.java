package dev.migrationstudio.core.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * One model of a PostgreSQL schema, used for both sides: as migrations declare it (replay) and as the
 * database is (introspection), so sync, diff and audits compare like with like. Every list is sorted by the
 * object's stable id, so two models of the same schema are {@code equals} and serialize identically.
 */
public record SchemaModel(
        List<Schema> schemas,
        List<Table> tables,
        List<Index> indexes,
        List<Policy> policies,
        List<Routine> routines,
        List<View> views,
        List<Trigger> triggers,
        List<Extension> extensions,
        List<Sequence> sequences,
        List<EnumType> enums,
        List<DomainType> domains,
        List<CompositeType> compositeTypes,
        List<Grant> grants) {

    public static final SchemaModel EMPTY = new SchemaModel(
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    public SchemaModel {
        schemas = sorted(schemas, Schema::name);
        tables = sorted(tables, Table::id);
        indexes = sorted(indexes, Index::id);
        policies = sorted(policies, Policy::id);
        routines = sorted(routines, Routine::id);
        views = sorted(views, View::id);
        triggers = sorted(triggers, Trigger::id);
        extensions = sorted(extensions, Extension::name);
        sequences = sorted(sequences, Sequence::id);
        enums = sorted(enums, EnumType::id);
        domains = sorted(domains, DomainType::id);
        compositeTypes = sorted(compositeTypes, CompositeType::id);
        grants = sorted(grants, Grant::sortKey);
    }

    /**
     * Sorted by {@code key}, computed once per item (not once per comparison: grant keys are built strings, and a
     * big history has tens of thousands of grants). A list already in order, as a model filtered from a model
     * is, costs one pass. Stable: items with equal keys keep their order.
     */
    private static <T> List<T> sorted(List<T> items, Function<T, String> key) {
        if (items == null) {
            return List.of();
        }
        List<Keyed<T>> keyed = new ArrayList<>(items.size());
        boolean inOrder = true;
        for (T item : items) {
            Keyed<T> next = new Keyed<>(key.apply(item), item);
            inOrder &= keyed.isEmpty() || keyed.get(keyed.size() - 1).key().compareTo(next.key()) <= 0;
            keyed.add(next);
        }
        if (!inOrder) {
            keyed.sort(Comparator.comparing(Keyed::key));
        }
        return keyed.stream().map(Keyed::item).toList();
    }

    private record Keyed<T>(String key, T item) {
    }
}
