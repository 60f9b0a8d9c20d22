package dev.migrationstudio.core.introspect;

import dev.migrationstudio.core.schema.CompositeType;
import dev.migrationstudio.core.schema.DomainType;
import dev.migrationstudio.core.schema.EnumType;
import dev.migrationstudio.core.schema.Extension;
import dev.migrationstudio.core.schema.Schema;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Maps rows of the queries for schemas, extensions and user-defined types. */
final class TypeRows {
    private TypeRows() {
    }

    static Schema schema(CatalogRow row) throws SQLException {
        return new Schema(row.text("name"), row.text("owner"), row.text("comment"));
    }

    static Extension extension(CatalogRow row) throws SQLException {
        return new Extension(row.text("name"), row.text("schema"), row.text("version"));
    }

    static EnumType enumType(CatalogRow row) throws SQLException {
        return new EnumType(row.text("schema"), row.text("name"), row.texts("labels"), row.text("comment"));
    }

    static DomainType domain(CatalogRow row) throws SQLException {
        return new DomainType(
                row.text("schema"),
                row.text("name"),
                row.text("base_type"),
                row.bool("not_null"),
                row.text("default_expression"),
                row.texts("checks"),
                row.text("comment"));
    }

    static CompositeType compositeType(CatalogRow row) throws SQLException {
        List<String> names = row.texts("attribute_names");
        List<String> types = row.texts("attribute_types");
        List<CompositeType.Attribute> attributes = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            attributes.add(new CompositeType.Attribute(names.get(i), types.get(i)));
        }
        return new CompositeType(row.text("schema"), row.text("name"), attributes, row.text("comment"));
    }
}
