package dev.migrationstudio.core.fidelity;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Spelling conventions where replay and introspection legitimately differ. Replay leaves a type from the default
 * search path unqualified ({@code org_role}), while the introspector reads {@code format_type()} with an empty
 * search path ({@code public.org_role}): both name the same type, so {@code public.} is dropped before comparing.
 * Policy roles: a policy {@code TO public} is the PUBLIC pseudo-role however it is spelled.
 */
final class Names {
    private static final Pattern PUBLIC_QUALIFIER = Pattern.compile("(?<![\\w.\"])public\\.");

    private Names() {
    }

    static String type(String type) {
        return type == null ? null : PUBLIC_QUALIFIER.matcher(type).replaceAll("");
    }

    static List<String> roles(List<String> roles) {
        return roles.stream().map(role -> role.equalsIgnoreCase("public") ? "PUBLIC" : role).sorted().toList();
    }
}
