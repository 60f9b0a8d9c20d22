package dev.migrationstudio.core.audit.rpc;

import java.util.List;

/**
 * The security facts of one routine: {@code searchPath} is null when not configured (mutable);
 * {@code executableBy} lists the API roles, PUBLIC included, holding EXECUTE; {@code exposed} is true when the
 * routine is in an exposed schema and {@code executableBy} is not empty; {@code authCheck} whether the body
 * looks at the caller ({@code auth.uid()}, {@code auth.role()}, {@code auth.jwt()}, the JWT claims setting,
 * {@code current_user}, {@code session_user}).
 */
public record RoutineSecurity(
        String routineId,
        String kind,
        boolean securityDefiner,
        String searchPath,
        List<String> executableBy,
        boolean exposed,
        boolean authCheck) {

    public RoutineSecurity {
        executableBy = List.copyOf(executableBy);
    }
}
