package dev.migrationstudio.core.sql.replay;

import dev.migrationstudio.core.schema.CompositeType;
import dev.migrationstudio.core.schema.DomainType;
import dev.migrationstudio.core.schema.EnumType;
import dev.migrationstudio.core.schema.Extension;
import dev.migrationstudio.core.schema.Grant;
import dev.migrationstudio.core.schema.Schema;
import dev.migrationstudio.core.schema.Sequence;
import dev.migrationstudio.core.schema.Trigger;
import dev.migrationstudio.core.schema.View;
import dev.migrationstudio.core.sql.parse.ParsedStatement;
import dev.migrationstudio.core.sql.parse.ParsedStatement.AlterTypeAddValue;
import dev.migrationstudio.core.sql.parse.ParsedStatement.CreateDomain;
import dev.migrationstudio.core.sql.parse.ParsedStatement.CreateSequence;
import dev.migrationstudio.core.sql.parse.ParsedStatement.CreateTrigger;
import dev.migrationstudio.core.sql.parse.ParsedStatement.CreateType;
import dev.migrationstudio.core.sql.parse.ParsedStatement.CreateView;
import dev.migrationstudio.core.sql.parse.QualifiedName;
import dev.migrationstudio.core.sql.parse.SqlExpressions;
import dev.migrationstudio.core.sql.parse.TypeNames;
import dev.migrationstudio.core.sql.replay.TouchedObject.Change;
import dev.migrationstudio.core.sql.replay.TouchedObject.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Views, triggers, extensions, types, domains, sequences and schemas. */
final class ObjectReplay {
    private final ReplayState state;
    private final PartitionReplay partitions;

    ObjectReplay(ReplayState state, PartitionReplay partitions) {
        this.state = state;
        this.partitions = partitions;
    }

    /** The view's definition is its source query text; {@code pg_get_viewdef()} prints a deparse that differs. */
    void createView(CreateView statement) {
        String id = state.id(statement.name());
        View existing = state.views.get(id);
        if (existing != null && statement.ifNotExists()) {
            return;
        }
        if (existing != null && !statement.orReplace()) {
            state.warn("view " + id + " already exists");
        }
        View view = new View(state.schemaOf(statement.name()), statement.name().name(), statement.materialized(),
                statement.query().strip(), statement.securityInvoker(), null,
                existing == null ? null : existing.comment());
        state.views.put(id, view);
        state.touch(Kind.VIEW, id, existing == null ? Change.CREATED : Change.ALTERED);
        if (existing == null) {
            state.grantDefaults(Grant.ObjectType.TABLE, view.schema(), id);
        }
    }

    void setViewOptions(ParsedStatement.SetViewOptions statement) {
        String id = state.id(statement.view());
        View view = state.views.get(id);
        if (view == null) {
            state.warn("ALTER VIEW of unknown view " + id);
            return;
        }
        if (statement.securityInvoker() != null) {
            state.views.put(id, new View(view.schema(), view.name(), view.materialized(), view.definition(),
                    statement.securityInvoker(), view.owner(), view.comment()));
        }
        state.touch(Kind.VIEW, id, Change.ALTERED);
    }

    void createTrigger(CreateTrigger statement) {
        Optional<TableState> table = state.table(statement.table());
        String schema = table.map(t -> t.schema).orElse(state.schemaOf(statement.table()));
        String tableName = table.map(t -> t.name).orElse(statement.table().name());
        if (table.isEmpty() && !state.views.containsKey(schema + "." + tableName)) {
            state.warn("CREATE TRIGGER on unknown table " + schema + "." + tableName);
            return;
        }
        String function = state.schemaOf(statement.function()) + "." + statement.function().name() + "()";
        String when = statement.when() == null ? null : SqlExpressions.normalize(statement.when());
        String definition = "CREATE " + (statement.constraint() ? "CONSTRAINT " : "") + "TRIGGER " + statement.name()
                + " " + statement.timing() + " " + String.join(" OR ", statement.events()) + " ON " + schema + "."
                + tableName + " FOR EACH " + statement.level() + (when == null ? "" : " WHEN (" + when + ")")
                + " EXECUTE FUNCTION " + state.id(statement.function()) + "("
                + statement.functionArguments().strip() + ")";
        Trigger trigger = new Trigger(schema, tableName, statement.name(), statement.timing(), statement.events(),
                statement.level(), function, when, "O", definition);
        if (state.triggers.containsKey(trigger.id()) && !statement.orReplace()) {
            state.warn("trigger " + trigger.id() + " already exists");
        }
        state.triggers.put(trigger.id(), trigger);
        state.touch(Kind.TRIGGER, trigger.id(), Change.CREATED);
        partitions.triggerCreated(trigger);
    }

    void dropTrigger(ParsedStatement.DropTrigger statement) {
        Optional<TableState> table = state.table(statement.table());
        String tableId = table.map(TableState::id).orElse(state.id(statement.table()));
        String id = tableId + "." + statement.name();
        if (state.triggers.remove(id) != null) {
            state.touch(Kind.TRIGGER, id, Change.DROPPED);
            partitions.triggerDropped(tableId, statement.name());
        } else if (!statement.ifExists()) {
            state.warn("DROP TRIGGER of unknown trigger " + id);
        }
    }

    /** The version is what the statement names; without one the server picks its default, unknown here. */
    void createExtension(ParsedStatement.CreateExtension statement) {
        if (state.extensions.containsKey(statement.name())) {
            if (!statement.ifNotExists()) {
                state.warn("extension " + statement.name() + " already exists");
            }
            return;
        }
        String schema = statement.schema() == null ? state.currentSchema : statement.schema();
        state.extensions.put(statement.name(), new Extension(statement.name(), schema, statement.version()));
        state.touch(Kind.EXTENSION, statement.name(), Change.CREATED);
    }

    void createType(CreateType statement) {
        String schema = state.schemaOf(statement.name());
        String name = statement.name().name();
        String id = schema + "." + name;
        switch (statement.form()) {
            case ENUM -> state.enums.put(id, new EnumType(schema, name, statement.labels(), null));
            case COMPOSITE -> state.compositeTypes.put(id, new CompositeType(schema, name, statement.attributes()
                    .stream().map(a -> new CompositeType.Attribute(a.name(),
                            TypeNames.canonical(a.type(), state.userTypes))).toList(), null));
            default -> state.otherTypes.add(id); // range, base and shell types: not modelled, but resolvable
        }
        state.touch(Kind.TYPE, id, Change.CREATED);
    }

    void addEnumValue(AlterTypeAddValue statement) {
        String id = state.id(statement.type());
        EnumType type = state.enums.get(id);
        if (type == null) {
            state.warn("ALTER TYPE ... ADD VALUE of unknown enum " + id);
            return;
        }
        List<String> labels = new ArrayList<>(type.labels());
        if (labels.contains(statement.value())) {
            if (!statement.ifNotExists()) {
                state.warn("enum " + id + " already has label " + statement.value());
            }
            return;
        }
        String neighbour = statement.before() != null ? statement.before() : statement.after();
        int at = neighbour == null ? labels.size() : labels.indexOf(neighbour);
        if (neighbour != null && at < 0) {
            state.warn("enum " + id + " has no label " + neighbour);
            at = labels.size();
        } else if (statement.after() != null) {
            at++;
        }
        labels.add(at, statement.value());
        state.enums.put(id, new EnumType(type.schema(), type.name(), labels, type.comment()));
        state.touch(Kind.TYPE, id, Change.ALTERED);
    }

    void createDomain(CreateDomain statement) {
        String schema = state.schemaOf(statement.name());
        String baseType = TypeNames.canonical(statement.baseType(), state.userTypes);
        DomainType domain = new DomainType(schema, statement.name().name(), baseType, statement.notNull(),
                DefaultExpressions.canonical(statement.defaultExpression(), baseType, state.currentSchema),
                statement.checks().stream().map(c -> "CHECK (" + SqlExpressions.normalize(c) + ")").toList(), null);
        state.domains.put(domain.id(), domain);
        state.touch(Kind.TYPE, domain.id(), Change.CREATED);
    }

    /** Defaults as Postgres fills them: ascending from 1 up to the type's maximum, descending the mirror. */
    void createSequence(CreateSequence statement) {
        String schema = state.schemaOf(statement.name());
        String id = schema + "." + statement.name().name();
        if (state.sequences.containsKey(id)) {
            if (!statement.ifNotExists()) {
                state.warn("sequence " + id + " already exists");
            }
            return;
        }
        String type = statement.dataType() == null ? "bigint" : TypeNames.canonical(statement.dataType());
        long typeMax = switch (type) {
            case "smallint" -> Short.MAX_VALUE;
            case "integer" -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
        long increment = statement.increment() == null ? 1 : statement.increment();
        long min = statement.minValue() != null ? statement.minValue() : increment > 0 ? 1 : -typeMax - 1;
        long max = statement.maxValue() != null ? statement.maxValue() : increment > 0 ? typeMax : -1;
        long start = statement.start() != null ? statement.start() : increment > 0 ? min : max;
        String ownedBy = ownedBy(statement.ownedBy());
        state.sequences.put(id, new Sequence(schema, statement.name().name(), type, start, increment, min, max,
                statement.cycle(), ownedBy));
        state.touch(Kind.SEQUENCE, id, Change.CREATED);
        state.grantDefaults(Grant.ObjectType.SEQUENCE, schema, id);
    }

    void alterSequence(ParsedStatement.AlterSequence statement) {
        String id = state.id(statement.name());
        Sequence s = state.sequences.get(id);
        if (s == null) {
            if (!statement.ifExists()) {
                state.warn("ALTER SEQUENCE of unknown sequence " + id);
            }
            return;
        }
        if (statement.ownedBy() != null) {
            state.sequences.put(id, new Sequence(s.schema(), s.name(), s.dataType(), s.start(), s.increment(),
                    s.minValue(), s.maxValue(), s.cycle(), ownedBy(statement.ownedBy())));
        }
        state.touch(Kind.SEQUENCE, id, Change.ALTERED);
    }

    /** {@code table.column} or {@code schema.table.column} as {@code schema.table.column}; NONE as null. */
    private String ownedBy(String written) {
        if (written == null || written.equals("none")) {
            return null;
        }
        String[] parts = written.split("\\.");
        return parts.length == 2 ? state.currentSchema + "." + written : written;
    }

    void createSchema(ParsedStatement.CreateSchema statement) {
        if (state.schemas.containsKey(statement.name())) {
            if (!statement.ifNotExists()) {
                state.warn("schema " + statement.name() + " already exists");
            }
            return;
        }
        state.schemas.put(statement.name(), new Schema(statement.name(), statement.authorization(), null));
        state.touch(Kind.SCHEMA, statement.name(), Change.CREATED);
        state.grantDefaults(Grant.ObjectType.SCHEMA, statement.name(), statement.name());
    }

    /** Drops of views, sequences, types, domains, schemas and extensions. */
    void drop(ParsedStatement.ObjectKind kind, QualifiedName name, boolean ifExists, boolean cascade) {
        String id = state.id(name);
        boolean removed = switch (kind) {
            case VIEW, MATERIALIZED_VIEW -> state.views.remove(id) != null;
            case SEQUENCE -> state.sequences.remove(id) != null;
            case TYPE -> state.enums.remove(id) != null | state.compositeTypes.remove(id) != null
                    | state.otherTypes.remove(id);
            case DOMAIN -> state.domains.remove(id) != null;
            case EXTENSION -> state.extensions.remove(name.name()) != null;
            case SCHEMA -> dropSchema(name.name(), cascade);
            default -> false;
        };
        if (removed) {
            state.touch(kindOf(kind), kind == ParsedStatement.ObjectKind.SCHEMA
                    || kind == ParsedStatement.ObjectKind.EXTENSION ? name.name() : id, Change.DROPPED);
        } else if (!ifExists) {
            state.warn("DROP " + kind.name().replace('_', ' ') + " of unknown object " + id);
        }
    }

    private boolean dropSchema(String schema, boolean cascade) {
        if (state.schemas.remove(schema) == null) {
            return false;
        }
        String prefix = schema + ".";
        boolean hadObjects = state.tables.keySet().stream().anyMatch(k -> k.startsWith(prefix));
        if (hadObjects && !cascade) {
            state.warn("DROP SCHEMA " + schema + " without CASCADE while it still holds tables");
        }
        for (Map<String, ?> objects : List.<Map<String, ?>>of(state.tables, state.indexes, state.policies,
                state.routines, state.views, state.triggers, state.sequences, state.enums, state.domains,
                state.compositeTypes)) {
            objects.keySet().removeIf(k -> k.startsWith(prefix));
        }
        return true;
    }

    void rename(ParsedStatement.ObjectKind kind, QualifiedName name, String newName) {
        String id = state.id(name);
        String schema = state.schemaOf(name);
        String newId = schema + "." + newName;
        boolean renamed = switch (kind) {
            case VIEW, MATERIALIZED_VIEW -> Optional.ofNullable(state.views.remove(id)).map(v -> state.views.put(newId,
                    new View(schema, newName, v.materialized(), v.definition(), v.securityInvoker(), v.owner(),
                            v.comment()))).isPresent() || state.views.containsKey(newId);
            case SEQUENCE -> Optional.ofNullable(state.sequences.remove(id)).map(s -> state.sequences.put(newId,
                    new Sequence(schema, newName, s.dataType(), s.start(), s.increment(), s.minValue(),
                            s.maxValue(), s.cycle(), s.ownedBy()))).isPresent() || state.sequences.containsKey(newId);
            case TYPE -> Optional.ofNullable(state.enums.remove(id)).map(e -> state.enums.put(newId,
                    new EnumType(schema, newName, e.labels(), e.comment()))).isPresent()
                    || state.enums.containsKey(newId);
            case SCHEMA -> renameSchema(name.name(), newName);
            default -> false;
        };
        if (renamed) {
            state.touch(kindOf(kind), newId, Change.RENAMED);
        } else {
            state.warn("RENAME of unknown " + kind.name().toLowerCase().replace('_', ' ') + " " + id);
        }
    }

    private boolean renameSchema(String schema, String newName) {
        Schema old = state.schemas.remove(schema);
        if (old == null) {
            return false;
        }
        state.schemas.put(newName, new Schema(newName, old.owner(), old.comment()));
        state.warn("objects of renamed schema " + schema + " keep their old ids in this model");
        return true;
    }

    static Kind kindOf(ParsedStatement.ObjectKind kind) {
        return switch (kind) {
            case TABLE, FOREIGN_TABLE -> Kind.TABLE;
            case INDEX -> Kind.INDEX;
            case VIEW, MATERIALIZED_VIEW -> Kind.VIEW;
            case SEQUENCE -> Kind.SEQUENCE;
            case TYPE, DOMAIN -> Kind.TYPE;
            case SCHEMA -> Kind.SCHEMA;
            case EXTENSION -> Kind.EXTENSION;
        };
    }
}
