package dev.migrationstudio.core.sql.replay;

import dev.migrationstudio.core.schema.Grant;
import dev.migrationstudio.core.schema.Policy;
import dev.migrationstudio.core.schema.Routine;
import dev.migrationstudio.core.sql.parse.ParsedStatement;
import dev.migrationstudio.core.sql.parse.ParsedStatement.AlterPolicy;
import dev.migrationstudio.core.sql.parse.ParsedStatement.CreatePolicy;
import dev.migrationstudio.core.sql.parse.ParsedStatement.DropPolicy;
import dev.migrationstudio.core.sql.parse.ParsedStatement.PrivilegeTarget;
import dev.migrationstudio.core.sql.parse.QualifiedName;
import dev.migrationstudio.core.sql.replay.TouchedObject.Change;
import dev.migrationstudio.core.sql.replay.TouchedObject.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Policies, and GRANT/REVOKE of explicit privileges. USING and WITH CHECK keep the source text: Postgres'
 * deparse (parentheses, casts) differs, so compare policy predicates loosely. Implicit privileges (owner,
 * PUBLIC EXECUTE on functions) are not modelled; REVOKE removes only grants replay has seen.
 */
final class SecurityReplay {
    /** What ALL stands for, per object type, in PostgreSQL 17. */
    static final Map<Grant.ObjectType, List<String>> ALL_PRIVILEGES = Map.of(
            Grant.ObjectType.TABLE, List.of("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES",
                    "TRIGGER", "MAINTAIN"),
            Grant.ObjectType.COLUMN, List.of("SELECT", "INSERT", "UPDATE", "REFERENCES"),
            Grant.ObjectType.SEQUENCE, List.of("USAGE", "SELECT", "UPDATE"),
            Grant.ObjectType.FUNCTION, List.of("EXECUTE"),
            Grant.ObjectType.SCHEMA, List.of("USAGE", "CREATE"));

    private final ReplayState state;
    private final RoutineReplay routines;

    SecurityReplay(ReplayState state, RoutineReplay routines) {
        this.state = state;
        this.routines = routines;
    }

    void createPolicy(CreatePolicy statement) {
        Optional<TableState> table = state.existingTable(statement.table(), "CREATE POLICY");
        if (table.isEmpty()) {
            return;
        }
        Policy policy = new Policy(table.get().schema, table.get().name, statement.name(), statement.command(),
                statement.permissive(), statement.roles(), statement.using(), statement.withCheck());
        if (state.policies.containsKey(policy.id())) {
            state.warn("policy " + policy.id() + " already exists; replaced");
        }
        state.policies.put(policy.id(), policy);
        state.touch(Kind.POLICY, policy.id(), Change.CREATED);
    }

    void alterPolicy(AlterPolicy statement) {
        Optional<Policy> found = policy(statement.name(), statement.table(), false);
        found.ifPresent(p -> {
            state.policies.remove(p.id());
            Policy changed = new Policy(p.schema(), p.table(),
                    statement.newName() == null ? p.name() : statement.newName(), p.command(), p.permissive(),
                    statement.roles() == null ? p.roles() : statement.roles(),
                    statement.using() == null ? p.using() : statement.using(),
                    statement.withCheck() == null ? p.withCheck() : statement.withCheck());
            state.policies.put(changed.id(), changed);
            state.touch(Kind.POLICY, changed.id(), statement.newName() == null ? Change.ALTERED : Change.RENAMED);
        });
    }

    void dropPolicy(DropPolicy statement) {
        policy(statement.name(), statement.table(), statement.ifExists()).ifPresent(p -> {
            state.policies.remove(p.id());
            state.touch(Kind.POLICY, p.id(), Change.DROPPED);
        });
    }

    private Optional<Policy> policy(String name, QualifiedName tableName, boolean quiet) {
        Optional<TableState> table = quiet ? state.table(tableName) : state.existingTable(tableName, "policy");
        Optional<Policy> policy = table.map(t -> state.policies.get(t.id() + "." + name));
        if (policy.isEmpty() && !quiet && table.isPresent()) {
            state.warn("policy " + name + " does not exist on " + table.get().id());
        }
        return policy;
    }

    void grant(ParsedStatement.Grant statement) {
        for (Grant grant : expand(statement.target(), statement.privileges(), statement.columns(),
                statement.grantees(), statement.withGrantOption())) {
            state.grants.put(grant);
            state.touch(Kind.GRANT, grant.objectId(), Change.CREATED);
        }
    }

    void revoke(ParsedStatement.Revoke statement) {
        for (Grant revoked : expand(statement.target(), statement.privileges(), statement.columns(),
                statement.grantees(), false)) {
            Optional<Grant> matching = state.grants.same(revoked);
            matching.ifPresent(grant -> {
                state.grants.remove(grant);
                if (statement.grantOptionFor()) {
                    state.grants.put(new Grant(grant.objectType(), grant.objectId(), grant.column(), grant.grantee(),
                            grant.privilege(), false));
                }
            });
            if (matching.isPresent()) {
                state.touch(Kind.GRANT, revoked.objectId(), Change.DROPPED);
            }
        }
    }


    /** One {@link Grant} per object, column, grantee and privilege; ALL expands to the object type's privileges. */
    private List<Grant> expand(PrivilegeTarget target, List<String> privileges, List<String> columns,
            List<String> grantees, boolean grantable) {
        Optional<Grant.ObjectType> type = objectType(target.objectType());
        if (type.isEmpty()) {
            return List.of();
        }
        List<String> objects = objectIds(target, type.get());
        Grant.ObjectType effective = columns.isEmpty() ? type.get() : Grant.ObjectType.COLUMN;
        List<String> expanded = privileges.contains("ALL") ? ALL_PRIVILEGES.get(effective) : privileges;
        List<Grant> grants = new ArrayList<>();
        for (String object : objects) {
            for (String grantee : grantees) {
                String role = grantee.equals("public") ? "PUBLIC" : grantee;
                for (String privilege : expanded) {
                    if (columns.isEmpty()) {
                        grants.add(new Grant(effective, object, null, role, privilege, grantable));
                    } else {
                        columns.forEach(c -> grants.add(new Grant(effective, object, c, role, privilege, grantable)));
                    }
                }
            }
        }
        return grants;
    }

    private static Optional<Grant.ObjectType> objectType(String targetType) {
        String kind = targetType.startsWith("ALL ") ? targetType.split(" ")[1] : targetType;
        return switch (kind) {
            case "TABLE", "TABLES", "FOREIGN TABLE" -> Optional.of(Grant.ObjectType.TABLE);
            case "SEQUENCE", "SEQUENCES" -> Optional.of(Grant.ObjectType.SEQUENCE);
            case "FUNCTION", "FUNCTIONS", "PROCEDURE", "PROCEDURES", "ROUTINE", "ROUTINES" ->
                    Optional.of(Grant.ObjectType.FUNCTION);
            case "SCHEMA" -> Optional.of(Grant.ObjectType.SCHEMA);
            default -> Optional.empty();
        };
    }

    private List<String> objectIds(PrivilegeTarget target, Grant.ObjectType type) {
        if (target.objectType().startsWith("ALL ")) {
            List<String> ids = new ArrayList<>();
            for (String schema : target.objects()) {
                switch (type) {
                    case TABLE -> state.tables.values().stream().filter(t -> t.schema.equals(schema))
                            .map(TableState::id).forEach(ids::add);
                    case SEQUENCE -> state.sequences.values().stream().filter(s -> s.schema().equals(schema))
                            .map(s -> s.id()).forEach(ids::add);
                    case FUNCTION -> state.routines.values().stream().filter(r -> r.schema().equals(schema))
                            .map(Routine::id).forEach(ids::add);
                    default -> {
                    }
                }
            }
            return ids;
        }
        return switch (type) {
            case FUNCTION -> target.routines().stream()
                    .map(r -> routines.find(r, "GRANT").map(Routine::id).orElse(null))
                    .filter(java.util.Objects::nonNull).toList();
            case SCHEMA -> target.objects();
            case TABLE -> target.objects().stream().map(this::tableOrViewId).toList();
            default -> target.objects().stream().map(o -> state.id(parseName(o))).toList();
        };
    }

    private String tableOrViewId(String written) {
        QualifiedName name = parseName(written);
        return state.table(name).map(TableState::id).orElseGet(() -> {
            String id = state.id(name);
            if (!state.views.containsKey(id)) {
                state.warn("GRANT on unknown table " + id);
            }
            return id;
        });
    }

    private static QualifiedName parseName(String written) {
        int dot = written.indexOf('.');
        return dot < 0 ? QualifiedName.of(written)
                : new QualifiedName(written.substring(0, dot), written.substring(dot + 1));
    }

}
