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
        if (keepsAll(model, acceptsSchema)) {
            return model;
        }
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

    /** True when every object's schema is accepted: the model is kept as it is, not sorted again. */
    private static boolean keepsAll(SchemaModel model, Predicate<String> acceptsSchema) {
        return model.schemas().stream().map(Schema::name).allMatch(acceptsSchema)
                && model.tables().stream().map(Table::schema).allMatch(acceptsSchema)
                && model.indexes().stream().map(Index::schema).allMatch(acceptsSchema)
                && model.policies().stream().map(Policy::schema).allMatch(acceptsSchema)
                && model.routines().stream().map(Routine::schema).allMatch(acceptsSchema)
                && model.views().stream().map(View::schema).allMatch(acceptsSchema)
                && model.triggers().stream().map(Trigger::schema).allMatch(acceptsSchema)
                && model.extensions().stream().map(Extension::schema).allMatch(acceptsSchema)
                && model.sequences().stream().map(Sequence::schema).allMatch(acceptsSchema)
                && model.enums().stream().map(EnumType::schema).allMatch(acceptsSchema)
                && model.domains().stream().map(DomainType::schema).allMatch(acceptsSchema)
                && model.compositeTypes().stream().map(CompositeType::schema).allMatch(acceptsSchema)
                && model.grants().stream().map(SchemaModels::schemaOf).allMatch(acceptsSchema);
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
