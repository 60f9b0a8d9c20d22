package dev.migrationstudio.core.sql.replay;

import dev.migrationstudio.core.schema.Column;
import dev.migrationstudio.core.schema.CompositeType;
import dev.migrationstudio.core.schema.DomainType;
import dev.migrationstudio.core.schema.EnumType;
import dev.migrationstudio.core.schema.Extension;
import dev.migrationstudio.core.schema.Grant;
import dev.migrationstudio.core.schema.Index;
import dev.migrationstudio.core.schema.Policy;
import dev.migrationstudio.core.schema.Routine;
import dev.migrationstudio.core.schema.Schema;
import dev.migrationstudio.core.schema.SchemaModel;
import dev.migrationstudio.core.schema.Sequence;
import dev.migrationstudio.core.schema.Trigger;
import dev.migrationstudio.core.schema.View;
import dev.migrationstudio.core.sql.parse.QualifiedName;
import dev.migrationstudio.core.sql.parse.TypeNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything replay has built so far, keyed by stable id, plus the touched objects and warnings of the statement
 * being replayed.
 */
final class ReplayState {
    static final String DEFAULT_SCHEMA = "public";

    final Map<String, Schema> schemas = new LinkedHashMap<>();
    final Map<String, TableState> tables = new LinkedHashMap<>();
    final Map<String, Index> indexes = new LinkedHashMap<>();
    final Map<String, Policy> policies = new LinkedHashMap<>();
    final Map<String, Routine> routines = new LinkedHashMap<>();
    final Map<String, View> views = new LinkedHashMap<>();
    final Map<String, Trigger> triggers = new LinkedHashMap<>();
    final Map<String, Extension> extensions = new LinkedHashMap<>();
    final Map<String, Sequence> sequences = new LinkedHashMap<>();
    final Map<String, EnumType> enums = new LinkedHashMap<>();
    final Map<String, DomainType> domains = new LinkedHashMap<>();
    final Map<String, CompositeType> compositeTypes = new LinkedHashMap<>();
    /** Range, base and shell types: not in the model, but names that column and argument types resolve to. */
    final Set<String> otherTypes = new HashSet<>();
    final GrantSet grants = new GrantSet();
    final DefaultPrivileges defaultPrivileges = new DefaultPrivileges();
    /** Resolves type names written without schema, as the replayed search path would. */
    final TypeNames.UserTypes userTypes = this::typeSchema;
    /** First schema of the search path: where unqualified names are created and looked up first. */
    String currentSchema = DEFAULT_SCHEMA;

    private List<TouchedObject> touched = new ArrayList<>();
    private List<String> warnings = new ArrayList<>();

    ReplayState() {
        schemas.put(DEFAULT_SCHEMA, new Schema(DEFAULT_SCHEMA, null, null));
        // Since PostgreSQL 15 the public schema grants USAGE (only) to PUBLIC.
        grants.put(new Grant(Grant.ObjectType.SCHEMA, DEFAULT_SCHEMA, null, "PUBLIC", "USAGE", false));
    }

    String schemaOf(QualifiedName name) {
        return name.schemaOr(currentSchema);
    }

    String id(QualifiedName name) {
        return schemaOf(name) + "." + name.name();
    }

    /** The schema of the user-defined type {@code name} resolves to: the current schema first, then public. */
    private String typeSchema(String name) {
        for (String schema : List.of(currentSchema, DEFAULT_SCHEMA)) {
            String id = schema + "." + name;
            if (enums.containsKey(id) || domains.containsKey(id) || compositeTypes.containsKey(id)
                    || tables.containsKey(id) || views.containsKey(id) || otherTypes.contains(id)
                    || ExtensionTypes.provides(extensions.values(), schema, name)) {
                return schema;
            }
        }
        return null;
    }

    Optional<TableState> table(QualifiedName name) {
        TableState table = tables.get(id(name));
        if (table == null && name.schema() == null && !currentSchema.equals(DEFAULT_SCHEMA)) {
            table = tables.get(DEFAULT_SCHEMA + "." + name.name());
        }
        return Optional.ofNullable(table);
    }

    /** The table, or a warning naming the statement's problem. */
    Optional<TableState> existingTable(QualifiedName name, String verb) {
        Optional<TableState> table = table(name);
        if (table.isEmpty()) {
            warn(verb + " of unknown table " + id(name));
        }
        return table;
    }

    /** True when a relation (table, index, sequence, view) or constraint of the schema already has the name. */
    boolean relationNameTaken(String schema, String name) {
        String id = schema + "." + name;
        return tables.containsKey(id) || indexes.containsKey(id) || sequences.containsKey(id) || views.containsKey(id);
    }

    boolean constraintNameTaken(TableState table, String name) {
        return table.constraints.containsKey(name) || relationNameTaken(table.schema, name);
    }

    /** A new object gets the default privileges of its type and schema. */
    void grantDefaults(Grant.ObjectType type, String schema, String objectId) {
        defaultPrivileges.forNewObject(type, schema, objectId).forEach(grants::put);
    }

    void touch(TouchedObject.Kind kind, String id, TouchedObject.Change change) {
        touched.add(new TouchedObject(kind, id, change));
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    ReplayStep finishStep() {
        ReplayStep step = new ReplayStep(touched, warnings);
        touched = new ArrayList<>();
        warnings = new ArrayList<>();
        return step;
    }

    SchemaModel toModel() {
        Set<String> identitySequences = identitySequences();
        return new SchemaModel(
                List.copyOf(schemas.values()),
                tables.values().stream().map(TableState::toTable).toList(),
                List.copyOf(indexes.values()),
                List.copyOf(policies.values()),
                List.copyOf(routines.values()),
                List.copyOf(views.values()),
                List.copyOf(triggers.values()),
                List.copyOf(extensions.values()),
                List.copyOf(sequences.values()),
                List.copyOf(enums.values()),
                List.copyOf(domains.values()),
                List.copyOf(compositeTypes.values()),
                grants.all().stream().filter(g -> !identitySequences.contains(g.objectId())).toList());
    }

    /**
     * The sequences of identity columns. Their grants stay out of the model, as the introspector leaves them out
     * (the sequence belongs to the column; its privileges are not managed on their own).
     */
    private Set<String> identitySequences() {
        Set<String> owners = new HashSet<>();
        tables.values().forEach(t -> t.columns.stream().filter(c -> c.identity != Column.Identity.NONE)
                .forEach(c -> owners.add(t.id() + "." + c.name)));
        Set<String> ids = new HashSet<>();
        sequences.values().stream().filter(s -> owners.contains(s.ownedBy())).forEach(s -> ids.add(s.id()));
        return ids;
    }
}
