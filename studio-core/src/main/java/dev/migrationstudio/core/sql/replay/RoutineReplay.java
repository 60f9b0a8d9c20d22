package dev.migrationstudio.core.sql.replay;

import dev.migrationstudio.core.schema.Grant;
import dev.migrationstudio.core.schema.Routine;
import dev.migrationstudio.core.sql.parse.ParsedStatement.AlterFunction;
import dev.migrationstudio.core.sql.parse.ParsedStatement.CreateFunction;
import dev.migrationstudio.core.sql.parse.ParsedStatement.DropFunction;
import dev.migrationstudio.core.sql.parse.ParsedStatement.RoutineArgument;
import dev.migrationstudio.core.sql.parse.ParsedStatement.RoutineReference;
import dev.migrationstudio.core.sql.parse.TypeNames;
import dev.migrationstudio.core.sql.replay.TouchedObject.Change;
import dev.migrationstudio.core.sql.replay.TouchedObject.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Functions and procedures: identified by name and input argument types, as Postgres does. */
final class RoutineReplay {
    private final ReplayState state;

    RoutineReplay(ReplayState state) {
        this.state = state;
    }

    void create(CreateFunction statement) {
        String schema = state.schemaOf(statement.name());
        List<String> inputTypes = statement.arguments().stream()
                .filter(a -> !a.mode().equals("OUT"))
                .map(a -> TypeNames.withoutModifiers(a.type(), state.userTypes)).toList();
        Routine routine = new Routine(schema, statement.name().name(),
                statement.procedure() ? Routine.RoutineKind.PROCEDURE : Routine.RoutineKind.FUNCTION, inputTypes,
                argumentsText(statement.arguments()), statement.procedure() ? null : returnType(statement.returns()),
                statement.language(), statement.volatility(), statement.securityDefiner(), statement.strict(),
                statement.config(), statement.body(), null, null);
        Routine existing = state.routines.get(routine.id());
        if (existing != null && !statement.orReplace()) {
            state.warn("function " + routine.id() + " already exists (CREATE without OR REPLACE)");
        }
        state.routines.put(routine.id(), existing == null ? routine : withComment(routine, existing.comment()));
        if (existing == null) {
            state.grantDefaults(Grant.ObjectType.FUNCTION, schema, routine.id());
        }
        state.touch(Kind.FUNCTION, routine.id(), existing == null ? Change.CREATED : Change.ALTERED);
    }

    /** As {@code pg_get_function_arguments()}: {@code OUT total integer, p_name text DEFAULT 'x'::text}. */
    private String argumentsText(List<RoutineArgument> arguments) {
        List<String> parts = new ArrayList<>();
        for (RoutineArgument argument : arguments) {
            StringBuilder part = new StringBuilder();
            if (!argument.mode().equals("IN")) {
                part.append(argument.mode()).append(' ');
            }
            if (argument.name() != null) {
                part.append(argument.name()).append(' ');
            }
            String type = TypeNames.withoutModifiers(argument.type(), state.userTypes);
            part.append(type);
            if (argument.defaultExpression() != null) {
                part.append(" DEFAULT ").append(DefaultExpressions.canonical(argument.defaultExpression(), type, state.currentSchema));
            }
            parts.add(part.toString());
        }
        return String.join(", ", parts);
    }

    /** As {@code pg_get_function_result()}: {@code SETOF users}, {@code TABLE(id uuid, name text)}, {@code trigger}. */
    private String returnType(String returns) {
        if (returns == null) {
            return null;
        }
        String trimmed = returns.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith("setof")) {
            return "SETOF " + TypeNames.canonical(trimmed.substring(5), state.userTypes);
        }
        if (lower.startsWith("table")) {
            String inner = trimmed.substring(trimmed.indexOf('(') + 1, trimmed.lastIndexOf(')'));
            List<String> columns = new ArrayList<>();
            for (String column : splitTopLevel(inner)) {
                String[] nameAndType = column.strip().split("\\s+", 2);
                columns.add(nameAndType[0] + " " + TypeNames.withoutModifiers(nameAndType[1], state.userTypes));
            }
            return "TABLE(" + String.join(", ", columns) + ")";
        }
        return TypeNames.canonical(trimmed, state.userTypes);
    }

    private static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    void alter(AlterFunction statement) {
        Optional<Routine> found = find(statement.routine(), "ALTER FUNCTION");
        if (found.isEmpty()) {
            return;
        }
        Routine r = found.get();
        Map<String, String> config = new TreeMap<>(r.config());
        config.putAll(statement.setConfig());
        for (String reset : statement.resetConfig()) {
            if (reset.equals("ALL")) {
                config.clear();
            } else {
                config.remove(reset);
            }
        }
        Routine changed = new Routine(
                statement.newSchema() == null ? r.schema() : statement.newSchema(),
                statement.newName() == null ? r.name() : statement.newName(),
                r.kind(), r.argumentTypes(), r.arguments(), r.returnType(), r.language(),
                statement.volatility() == null ? r.volatility() : statement.volatility(),
                statement.securityDefiner() == null ? r.securityDefiner() : statement.securityDefiner(),
                r.strict(), config, r.body(), statement.owner() == null ? r.owner() : statement.owner(),
                r.comment());
        state.routines.remove(r.id());
        state.routines.put(changed.id(), changed);
        state.touch(Kind.FUNCTION, changed.id(), r.id().equals(changed.id()) ? Change.ALTERED : Change.RENAMED);
    }

    void drop(DropFunction statement) {
        for (RoutineReference reference : statement.routines()) {
            Optional<Routine> found = statement.ifExists() ? match(reference) : find(reference, "DROP FUNCTION");
            found.ifPresent(r -> {
                state.routines.remove(r.id());
                state.grants.removeObject(r.id());
                state.touch(Kind.FUNCTION, r.id(), Change.DROPPED);
            });
        }
    }

    void comment(RoutineReference reference, String comment) {
        find(reference, "COMMENT ON FUNCTION").ifPresent(r -> state.routines.put(r.id(), withComment(r, comment)));
    }

    /** The routine a reference names, warning when there is none or (without argument types) several. */
    Optional<Routine> find(RoutineReference reference, String verb) {
        List<Routine> candidates = candidates(reference);
        if (candidates.isEmpty()) {
            state.warn(verb + " of unknown function " + state.id(reference.name())
                    + (reference.argumentTypes() == null ? "" : "(" + String.join(",", canonicalTypes(reference)) + ")"));
            return Optional.empty();
        }
        if (candidates.size() > 1) {
            state.warn(verb + ": function name " + state.id(reference.name()) + " is not unique");
        }
        return Optional.of(candidates.get(0));
    }

    Optional<Routine> match(RoutineReference reference) {
        return candidates(reference).stream().findFirst();
    }

    private List<Routine> candidates(RoutineReference reference) {
        String schema = state.schemaOf(reference.name());
        if (reference.argumentTypes() != null) {
            String id = schema + "." + reference.name().name() + "(" + String.join(",", canonicalTypes(reference)) + ")";
            return Optional.ofNullable(state.routines.get(id)).stream().toList();
        }
        return state.routines.values().stream()
                .filter(r -> r.schema().equals(schema) && r.name().equals(reference.name().name())).toList();
    }

    private List<String> canonicalTypes(RoutineReference reference) {
        return reference.argumentTypes().stream().map(t -> TypeNames.withoutModifiers(t, state.userTypes)).toList();
    }

    private static Routine withComment(Routine r, String comment) {
        return new Routine(r.schema(), r.name(), r.kind(), r.argumentTypes(), r.arguments(), r.returnType(),
                r.language(), r.volatility(), r.securityDefiner(), r.strict(), r.config(), r.body(), r.owner(),
                comment);
    }
}
