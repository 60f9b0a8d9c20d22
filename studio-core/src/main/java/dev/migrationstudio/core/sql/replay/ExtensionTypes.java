package dev.migrationstudio.core.sql.replay;

import dev.migrationstudio.core.schema.Extension;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The types common extensions create in the schema they are installed in, so a column of type {@code vector}
 * resolves to {@code extensions.vector} as the catalog names it. Types of other extensions stay unqualified.
 */
final class ExtensionTypes {
    private static final Map<String, List<String>> TYPES = Map.of(
            "citext", List.of("citext"),
            "hstore", List.of("hstore"),
            "ltree", List.of("ltree", "lquery", "ltxtquery"),
            "vector", List.of("vector", "halfvec", "sparsevec"),
            "postgis", List.of("geometry", "geography", "box2d", "box3d"),
            "cube", List.of("cube"),
            "isn", List.of("isbn", "isbn13", "issn", "issn13", "ean13", "upc", "ismn", "ismn13"));

    private ExtensionTypes() {
    }

    static boolean provides(Collection<Extension> installed, String schema, String type) {
        for (Extension extension : installed) {
            if (extension.schema().equals(schema) && TYPES.getOrDefault(extension.name(), List.of()).contains(type)) {
                return true;
            }
        }
        return false;
    }
}
