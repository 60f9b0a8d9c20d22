package dev.migrationstudio.core.audit.rls;

/**
 * How the policies of a table cover one command. Restrictive policies only narrow what permissive ones allow,
 * so {@link #RESTRICTIVE_ONLY} grants no access, exactly like {@link #NONE}.
 */
public enum Coverage {
    PERMISSIVE, RESTRICTIVE_ONLY, NONE
}
