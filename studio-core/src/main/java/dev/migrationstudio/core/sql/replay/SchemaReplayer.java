package dev.migrationstudio.core.sql.replay;

import dev.migrationstudio.core.schema.Index;
import dev.migrationstudio.core.schema.SchemaModel;
import dev.migrationstudio.core.schema.Table;
import dev.migrationstudio.core.sql.parse.ParsedStatement;
import dev.migrationstudio.core.sql.parse.ParsedStatement.ObjectKind;
import dev.migrationstudio.core.sql.parse.QualifiedName;
import java.util.List;
import java.util.Optional;

/**
 * Applies parsed statements in order and builds the {@link SchemaModel} the migrations declare: a table created
 * in one file and altered in five others ends as one table. Each {@link #apply} says what the statement touched
 * and what did not fit (warnings, never exceptions). Not thread-safe: one replayer per migration history.
 */
public final class SchemaReplayer {
    private final boolean relationsOnly;
    private final ReplayState state = new ReplayState();
    private final PartitionReplay partitions = new PartitionReplay(state);
    private final TableReplay tables = new TableReplay(state, partitions);
    private final IndexReplay indexes = new IndexReplay(state, partitions);
    private final RoutineReplay routines = new RoutineReplay(state);
    private final SecurityReplay security = new SecurityReplay(state, routines);
    private final ObjectReplay objects = new ObjectReplay(state, partitions);
    private final CommentReplay comments = new CommentReplay(state, routines);

    /** A replayer of every object kind. */
    public SchemaReplayer() {
        this(false);
    }

    private SchemaReplayer(boolean relationsOnly) {
        this.relationsOnly = relationsOnly;
    }

    /**
     * A replayer that follows only what tables, indexes, views, sequences, types, schemas and name resolution
     * depend on: it skips GRANT, REVOKE, ALTER DEFAULT PRIVILEGES, policy and function statements (nothing of a
     * table depends on them), so its model has no grants, policies or routines, and their steps touch nothing.
     * About half of a typical history is such statements: the lint, which needs tables and indexes as they were
     * before each statement, replays with this one.
     */
    public static SchemaReplayer relationsOnly() {
        return new SchemaReplayer(true);
    }

    /** Replays a whole history at once; the steps are dropped. */
    public static SchemaModel replay(List<ParsedStatement> statements) {
        SchemaReplayer replayer = new SchemaReplayer();
        statements.forEach(replayer::apply);
        return replayer.model();
    }

    public ReplayStep apply(ParsedStatement statement) {
        if (relationsOnly && isPrivilegeOrRoutineStatement(statement)) {
            return state.finishStep();
        }
        if (!applyTableStatement(statement) && !applySecurityStatement(statement)) {
            applyObjectStatement(statement);
        }
        return state.finishStep();
    }

    /** The table {@code name} resolves to now (search path as replayed so far), or empty when none is known. */
    public Optional<Table> table(QualifiedName name) {
        return state.table(name).map(TableState::toTable);
    }

    /** The index {@code name} resolves to now, or empty when none is known. */
    public Optional<Index> index(QualifiedName name) {
        return Optional.ofNullable(state.indexes.get(state.id(name)));
    }

    /** The stable id {@code name} stands for now: its schema, or the first schema of the replayed search path. */
    public String resolve(QualifiedName name) {
        return state.table(name).map(TableState::id).orElseGet(() -> state.id(name));
    }

    /** The model as replayed so far. */
    public SchemaModel model() {
        return state.toModel();
    }

    private boolean applyTableStatement(ParsedStatement statement) {
        if (statement instanceof ParsedStatement.CreateTable create) {
            tables.create(create);
        } else if (statement instanceof ParsedStatement.AlterTable alter) {
            tables.alter(alter);
        } else if (statement instanceof ParsedStatement.CreateIndex create) {
            indexes.create(create);
        } else if (statement instanceof ParsedStatement.Drop drop) {
            drop.names().forEach(name -> drop(drop.kind(), name, drop.ifExists(), drop.cascade()));
        } else if (statement instanceof ParsedStatement.Rename rename) {
            rename(rename);
        } else {
            return false;
        }
        return true;
    }

    private void drop(ObjectKind kind, QualifiedName name, boolean ifExists, boolean cascade) {
        switch (kind) {
            case TABLE, FOREIGN_TABLE -> tables.drop(name, ifExists, cascade);
            case INDEX -> indexes.drop(name, ifExists);
            default -> objects.drop(kind, name, ifExists, cascade);
        }
    }

    private void rename(ParsedStatement.Rename rename) {
        switch (rename.kind()) {
            case TABLE, FOREIGN_TABLE -> tables.rename(rename.name(), rename.newName(), rename.ifExists());
            case INDEX -> indexes.rename(rename.name(), rename.newName(), rename.ifExists());
            default -> objects.rename(rename.kind(), rename.name(), rename.newName());
        }
    }

    private static boolean isPrivilegeOrRoutineStatement(ParsedStatement statement) {
        return statement instanceof ParsedStatement.Grant || statement instanceof ParsedStatement.Revoke
                || statement instanceof ParsedStatement.AlterDefaultPrivileges
                || statement instanceof ParsedStatement.CreatePolicy || statement instanceof ParsedStatement.AlterPolicy
                || statement instanceof ParsedStatement.DropPolicy
                || statement instanceof ParsedStatement.CreateFunction
                || statement instanceof ParsedStatement.AlterFunction
                || statement instanceof ParsedStatement.DropFunction;
    }

    private boolean applySecurityStatement(ParsedStatement statement) {
        if (statement instanceof ParsedStatement.CreatePolicy create) {
            security.createPolicy(create);
        } else if (statement instanceof ParsedStatement.AlterPolicy alter) {
            security.alterPolicy(alter);
        } else if (statement instanceof ParsedStatement.DropPolicy drop) {
            security.dropPolicy(drop);
        } else if (statement instanceof ParsedStatement.Grant grant) {
            security.grant(grant);
        } else if (statement instanceof ParsedStatement.Revoke revoke) {
            security.revoke(revoke);
        } else if (statement instanceof ParsedStatement.AlterDefaultPrivileges defaults) {
            state.defaultPrivileges.alter(defaults, state::warn);
        } else if (statement instanceof ParsedStatement.CreateFunction create) {
            routines.create(create);
        } else if (statement instanceof ParsedStatement.AlterFunction alter) {
            routines.alter(alter);
        } else if (statement instanceof ParsedStatement.DropFunction drop) {
            routines.drop(drop);
        } else {
            return false;
        }
        return true;
    }

    private void applyObjectStatement(ParsedStatement statement) {
        if (statement instanceof ParsedStatement.CreateView create) {
            objects.createView(create);
        } else if (statement instanceof ParsedStatement.SetViewOptions options) {
            objects.setViewOptions(options);
        } else if (statement instanceof ParsedStatement.CreateTrigger create) {
            objects.createTrigger(create);
        } else if (statement instanceof ParsedStatement.DropTrigger drop) {
            objects.dropTrigger(drop);
        } else if (statement instanceof ParsedStatement.CreateExtension create) {
            objects.createExtension(create);
        } else if (statement instanceof ParsedStatement.CreateType create) {
            objects.createType(create);
        } else if (statement instanceof ParsedStatement.AlterTypeAddValue add) {
            objects.addEnumValue(add);
        } else if (statement instanceof ParsedStatement.CreateDomain create) {
            objects.createDomain(create);
        } else if (statement instanceof ParsedStatement.CreateSequence create) {
            objects.createSequence(create);
        } else if (statement instanceof ParsedStatement.AlterSequence alter) {
            objects.alterSequence(alter);
        } else if (statement instanceof ParsedStatement.CreateSchema create) {
            objects.createSchema(create);
        } else if (statement instanceof ParsedStatement.CommentOn comment) {
            comments.apply(comment);
        } else if (statement instanceof ParsedStatement.SetStatement set && !set.local()
                && (set.name().equals("search_path") || set.name().equals("all"))) {
            state.currentSchema = set.value() == null ? ReplayState.DEFAULT_SCHEMA : firstSchema(set.value());
        }
        // Data statements, transaction control, other SET, COPY, DO, Opaque ...: no schema change to replay.
    }

    /** {@code "$user", public} resolves to public: no role schema exists in a replayed model. */
    private String firstSchema(String searchPath) {
        for (String part : searchPath.split(",")) {
            String schema = part.strip();
            if (!schema.isEmpty() && !schema.equals("$user") && state.schemas.containsKey(schema)) {
                return schema;
            }
        }
        return ReplayState.DEFAULT_SCHEMA;
    }
}
