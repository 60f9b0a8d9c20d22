package dev.migrationstudio.core.fidelity;

import java.util.List;

/**
 * Spelling conventions where replay and introspection legitimately differ. Policy roles: a policy {@code TO public}
 * is the PUBLIC pseudo-role however it is spelled. Type names need none: replay qualifies user-defined types as
 * {@code format_type()} does under the introspector's empty search path ({@code public.org_role}).
 */
final class Names {
    private Names() {
    }

    static List<String> roles(List<String> roles) {
        return roles.stream().map(role -> role.equalsIgnoreCase("public") ? "PUBLIC" : role).sorted().toList();
    }
}
