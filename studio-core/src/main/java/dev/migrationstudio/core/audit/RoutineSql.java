package dev.migrationstudio.core.audit;

import dev.migrationstudio.core.schema.Routine;
import dev.migrationstudio.core.sql.SqlIdentifiers;
import java.util.Locale;

/** How statements and messages name a routine: {@code FUNCTION public.f(uuid)}, {@code PROCEDURE app."Run"()}. */
public final class RoutineSql {
    private RoutineSql() {
    }

    public static String keyword(Routine routine) {
        return routine.kind() == Routine.RoutineKind.PROCEDURE ? "PROCEDURE" : "FUNCTION";
    }

    /** {@code function} or {@code procedure}, for messages. */
    public static String noun(Routine routine) {
        return keyword(routine).toLowerCase(Locale.ROOT);
    }

    public static String reference(Routine routine) {
        return keyword(routine) + " "
                + SqlIdentifiers.routine(routine.schema(), routine.name(), routine.argumentTypes());
    }

    /** Pins the search_path to nothing: every name in the body must then be schema-qualified. */
    public static String pinSearchPath(Routine routine) {
        return "ALTER " + reference(routine) + " SET search_path = '';";
    }
}
