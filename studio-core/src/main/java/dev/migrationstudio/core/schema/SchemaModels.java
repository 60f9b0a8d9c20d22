package dev.migrationstudio.core.schema;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** Operations on whole {@link SchemaModel}s. */
public final class SchemaModels {
    private SchemaModels() {
    }

    /**
     * The objects of the schemas {@code acceptsSchema} keeps, as introspection with the same schema rules reads
     * them: pass {@code SchemaFilter::accepts} so a statically replayed model and a database snapshot cover the
     * same schemas (Supabase's auth, storage, extensions ... out by default).
     */
    public static SchemaModel filter(SchemaModel model, Predicate<String> acceptsSchema) {
        return new SchemaModel(
                kept(model.schemas(), Schema::name, acceptsSchema),
                kept(model.tables(), Table::schema, acceptsSchema),
                kept(model.indexes(), Index::schema, acceptsSchema),
                kept(model.policies(), Policy::schema, acceptsSchema),
                kept(model.routines(), Routine::schema, acceptsSchema),
                kept(model.views(), View::schema, acceptsSchema),
                kept(model.triggers(), Trigger::schema, acceptsSchema),
                kept(model.extensions(), Extension::schema, acceptsSchema),
                kept(model.sequences(), Sequence::schema, acceptsSchema),
                kept(model.enums(), EnumType::schema, acceptsSchema),
                kept(model.domains(), DomainType::schema, acceptsSchema),
                kept(model.compositeTypes(), CompositeType::schema, acceptsSchema),
                kept(model.grants(), SchemaModels::schemaOf, acceptsSchema));
    }

    /** A schema grant's object is the schema; every other object id starts with its schema. */
    private static String schemaOf(Grant grant) {
        String id = grant.objectId();
        return grant.objectType() == Grant.ObjectType.SCHEMA ? id : id.substring(0, Math.max(id.indexOf('.'), 0));
    }

    private static <T> List<T> kept(List<T> objects, Function<T, String> schema, Predicate<String> acceptsSchema) {
        return objects.stream().filter(o -> acceptsSchema.test(schema.apply(o))).toList();
    }
}
