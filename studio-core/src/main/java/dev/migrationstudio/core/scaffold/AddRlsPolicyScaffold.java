package dev.migrationstudio.core.scaffold;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code add-rls-policy}: a permissive policy for the given roles. Commands that filter rows (all, select,
 * update, delete) need {@code USING}; insert needs {@code WITH CHECK}. A predicate that is literally {@code true}
 * is accepted with a warning: it opens every row to those roles.
 */
public final class AddRlsPolicyScaffold {
    /** Role specifications Postgres writes as keywords, never as quoted names. */
    private static final Set<String> ROLE_KEYWORDS = Set.of("public", "current_user", "current_role", "session_user");

    private AddRlsPolicyScaffold() {
    }

    /** @param using null when not given; @param withCheck null when not given */
    public static Scaffold generate(TableRef table, String name, PolicyCommand command, List<String> roles,
                                    String using, String withCheck) throws ScaffoldException {
        String qualified = ScaffoldNames.qualified("studio.entity", table);
        String policy = ScaffoldNames.identifier("studio.name", name);
        boolean hasUsing = using != null && !using.isBlank();
        boolean hasCheck = withCheck != null && !withCheck.isBlank();
        requireFits(command, hasUsing, hasCheck);
        StringBuilder up = new StringBuilder(LockTimeout.SET_LOCAL).append("CREATE POLICY ").append(policy).append(" ON ").append(qualified)
                .append("\n    AS PERMISSIVE FOR ").append(command.name())
                .append("\n    TO ").append(roleList(roles));
        List<String> warnings = new ArrayList<>();
        if (hasUsing) {
            up.append("\n    USING ").append(Fragments.expression("studio.using", using));
            warnIfAlwaysTrue("studio.using", using, warnings);
        }
        if (hasCheck) {
            up.append("\n    WITH CHECK ").append(Fragments.expression("studio.withCheck", withCheck));
            warnIfAlwaysTrue("studio.withCheck", withCheck, warnings);
        }
        up.append(";\n");
        MigrationDraft draft = new MigrationDraft("add policy " + name + " on " + table.name(), up.toString(),
                "DROP POLICY " + policy + " ON " + qualified + ";\n", true);
        return new Scaffold(List.of(draft), warnings);
    }

    private static void requireFits(PolicyCommand command, boolean hasUsing, boolean hasCheck) throws ScaffoldException {
        String lower = command.name().toLowerCase(Locale.ROOT);
        if (hasUsing && !command.takesUsing()) {
            throw new ScaffoldException("studio.using has no meaning for a " + lower + " policy: use studio.withCheck");
        }
        if (hasCheck && !command.takesWithCheck()) {
            throw new ScaffoldException("studio.withCheck has no meaning for a " + lower + " policy: use studio.using");
        }
        if (command.takesUsing() && !hasUsing) {
            throw new ScaffoldException("A " + lower + " policy needs studio.using, the predicate rows must meet,"
                    + " e.g. -Dstudio.using=\"(select auth.uid()) = user_id\"");
        }
        if (!command.takesUsing() && !hasCheck) {
            throw new ScaffoldException("An insert policy needs studio.withCheck, the predicate new rows must meet");
        }
    }

    static String roleList(List<String> roles) throws ScaffoldException {
        if (roles == null || roles.isEmpty()) {
            throw new ScaffoldException("studio.roles is empty: name the roles the policy is for, e.g. authenticated");
        }
        List<String> specs = new ArrayList<>();
        for (String role : roles) {
            String trimmed = role == null ? "" : role.trim();
            String lower = trimmed.toLowerCase(Locale.ROOT);
            specs.add(ROLE_KEYWORDS.contains(lower) ? lower.toUpperCase(Locale.ROOT)
                    : ScaffoldNames.identifier("studio.roles", trimmed));
        }
        return String.join(", ", specs);
    }

    private static void warnIfAlwaysTrue(String setting, String expression, List<String> warnings) {
        String bare = expression.replaceAll("[\\s()]", "").toLowerCase(Locale.ROOT);
        if (bare.equals("true") || bare.equals("1=1")) {
            warnings.add(setting + " is always true: the policy lets those roles reach every row");
        }
    }
}
