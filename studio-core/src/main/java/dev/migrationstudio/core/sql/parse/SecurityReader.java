package dev.migrationstudio.core.sql.parse;

import dev.migrationstudio.core.sql.parse.ParsedStatement.AlterDefaultPrivileges;
import dev.migrationstudio.core.sql.parse.ParsedStatement.AlterPolicy;
import dev.migrationstudio.core.sql.parse.ParsedStatement.CreatePolicy;
import dev.migrationstudio.core.sql.parse.ParsedStatement.Grant;
import dev.migrationstudio.core.sql.parse.ParsedStatement.PrivilegeTarget;
import dev.migrationstudio.core.sql.parse.ParsedStatement.Revoke;
import dev.migrationstudio.core.sql.parse.ParsedStatement.RoutineReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Row-level security policies, GRANT/REVOKE and ALTER DEFAULT PRIVILEGES. */
final class SecurityReader {
    private static final Set<String> COMMANDS = Set.of("all", "select", "insert", "update", "delete");
    private static final Set<String> ROUTINE_KINDS = Set.of("function", "procedure", "routine");
    private static final Set<String> NAMED_OBJECT_KINDS = Set.of("table", "sequence", "schema", "type", "domain",
            "database", "language", "tablespace");

    private static final Set<String> DEFAULT_PRIVILEGE_KINDS = Set.of("TABLES", "SEQUENCES", "FUNCTIONS",
            "ROUTINES", "TYPES", "SCHEMAS");

    private SecurityReader() {
    }

    /** How the catalog names the pseudo-role that {@code TO public} (or no TO clause) means. */
    private static final String PUBLIC_ROLE = "PUBLIC";

    private static List<String> policyRoles(List<String> roles) {
        return roles.stream().map(role -> role.equals("public") ? PUBLIC_ROLE : role).toList();
    }

    /** After {@code CREATE POLICY}. */
    static CreatePolicy createPolicy(TokenCursor cursor) {
        String name = cursor.identifier();
        cursor.expect("on");
        QualifiedName table = cursor.qualifiedName();
        boolean permissive = true;
        String command = "ALL";
        List<String> roles = List.of(PUBLIC_ROLE);
        String using = null;
        String withCheck = null;
        while (!cursor.atEnd()) {
            if (cursor.accept("as", "permissive")) {
                permissive = true;
            } else if (cursor.accept("as", "restrictive")) {
                permissive = false;
            } else if (cursor.accept("for")) {
                if (!COMMANDS.contains(cursor.peekWord())) {
                    throw cursor.failure("expected a policy command");
                }
                command = cursor.next().value().toUpperCase(Locale.ROOT);
            } else if (cursor.accept("to")) {
                roles = policyRoles(cursor.identifiers());
            } else if (cursor.accept("using")) {
                using = cursor.parenthesized().strip();
            } else if (cursor.accept("with", "check")) {
                withCheck = cursor.parenthesized().strip();
            } else {
                throw cursor.failure("unexpected policy clause");
            }
        }
        return new CreatePolicy(name, table, permissive, command, roles, using, withCheck);
    }

    /** After {@code ALTER POLICY}. */
    static AlterPolicy alterPolicy(TokenCursor cursor) {
        String name = cursor.identifier();
        cursor.expect("on");
        QualifiedName table = cursor.qualifiedName();
        if (cursor.accept("rename", "to")) {
            return new AlterPolicy(name, table, cursor.identifier(), null, null, null);
        }
        List<String> roles = null;
        String using = null;
        String withCheck = null;
        while (!cursor.atEnd()) {
            if (cursor.accept("to")) {
                roles = policyRoles(cursor.identifiers());
            } else if (cursor.accept("using")) {
                using = cursor.parenthesized().strip();
            } else if (cursor.accept("with", "check")) {
                withCheck = cursor.parenthesized().strip();
            } else {
                throw cursor.failure("unexpected policy clause");
            }
        }
        return new AlterPolicy(name, table, null, roles, using, withCheck);
    }

    /** After {@code GRANT}. */
    static Grant grant(TokenCursor cursor) {
        PrivilegesOn on = privilegesOn(cursor);
        cursor.expect("to");
        List<String> grantees = grantees(cursor);
        boolean withGrantOption = cursor.accept("with", "grant", "option") || cursor.accept("with", "admin", "option");
        return new Grant(on.privileges(), on.columns(), on.target(), grantees, withGrantOption);
    }

    /** After {@code REVOKE}. */
    static Revoke revoke(TokenCursor cursor) {
        boolean grantOptionFor = cursor.accept("grant", "option", "for") || cursor.accept("admin", "option", "for");
        PrivilegesOn on = privilegesOn(cursor);
        cursor.expect("from");
        List<String> grantees = grantees(cursor);
        if (cursor.accept("granted", "by")) {
            cursor.identifier();
        }
        boolean cascade = cursor.accept("cascade");
        return new Revoke(on.privileges(), on.columns(), on.target(), grantees, grantOptionFor, cascade);
    }

    /** What GRANT and REVOKE share: the privileges (column lists apart) and what they are on. */
    private record PrivilegesOn(List<String> privileges, List<String> columns, PrivilegeTarget target) {
    }

    private static PrivilegesOn privilegesOn(TokenCursor cursor) {
        List<String> columns = new ArrayList<>();
        List<String> privileges = privileges(cursor, columns);
        PrivilegeTarget target = cursor.accept("on") ? target(cursor) : roleTarget(privileges);
        // GRANT role TO role: the "privileges" were role names, now in the target.
        return new PrivilegesOn(target.objectType().equals("ROLE") ? List.of() : privileges, columns, target);
    }

    /** Privilege words up to ON (or TO/FROM for role grants); column lists go to {@code columns}. */
    private static List<String> privileges(TokenCursor cursor, List<String> columns) {
        List<String> privileges = new ArrayList<>();
        do {
            if (cursor.accept("all")) {
                cursor.accept("privileges");
                privileges.add("ALL");
            } else {
                StringBuilder privilege = new StringBuilder(cursor.identifier());
                while (cursor.peek().isIdentifier() && !cursor.isWords("on") && !cursor.isWords("to")
                        && !cursor.isWords("from")) {
                    privilege.append(' ').append(cursor.identifier());
                }
                privileges.add(privilege.toString());
            }
            if (cursor.isPunctuation("(")) {
                columns.addAll(cursor.parenthesizedIdentifiers());
            }
        } while (cursor.acceptPunctuation(","));
        return privileges.stream().map(p -> p.toUpperCase(Locale.ROOT)).toList();
    }

    /** {@code GRANT role TO user}: the privileges list holds the granted roles. */
    private static PrivilegeTarget roleTarget(List<String> roles) {
        return new PrivilegeTarget("ROLE", roles.stream().map(r -> r.toLowerCase(Locale.ROOT)).toList(), List.of());
    }

    private static PrivilegeTarget target(TokenCursor cursor) {
        if (cursor.accept("all")) {
            String kind = cursor.identifier().toUpperCase(Locale.ROOT);
            cursor.expect("in", "schema");
            return new PrivilegeTarget("ALL " + kind + " IN SCHEMA", cursor.identifiers(), List.of());
        }
        if (ROUTINE_KINDS.contains(cursor.peekWord())) {
            String kind = cursor.next().value().toUpperCase(Locale.ROOT);
            List<RoutineReference> routines = RoutineReader.routineReferences(cursor);
            return new PrivilegeTarget(kind, routines.stream().map(r -> r.name().toString()).toList(), routines);
        }
        String kind = "TABLE";
        if (NAMED_OBJECT_KINDS.contains(cursor.peekWord()) && !cursor.peek(1).isWord("to")) {
            kind = cursor.next().value().toUpperCase(Locale.ROOT);
        } else if (cursor.accept("foreign", "table")) {
            kind = "FOREIGN TABLE";
        }
        List<String> objects = cursor.qualifiedNames().stream().map(QualifiedName::toString).toList();
        return new PrivilegeTarget(kind, objects, List.of());
    }

    private static List<String> grantees(TokenCursor cursor) {
        List<String> grantees = new ArrayList<>();
        do {
            cursor.accept("group");
            grantees.add(cursor.identifier());
        } while (cursor.acceptPunctuation(","));
        return grantees;
    }

    /** After {@code ALTER DEFAULT PRIVILEGES}. */
    static AlterDefaultPrivileges alterDefaultPrivileges(TokenCursor cursor) {
        List<String> forRoles = List.of();
        List<String> inSchemas = List.of();
        while (true) {
            if (cursor.accept("for", "role") || cursor.accept("for", "user")) {
                forRoles = cursor.identifiers();
            } else if (cursor.accept("in", "schema")) {
                inSchemas = cursor.identifiers();
            } else {
                break;
            }
        }
        int start = cursor.mark();
        boolean grant = cursor.accept("grant");
        if (!grant && !cursor.accept("revoke")) {
            throw cursor.failure("expected GRANT or REVOKE");
        }
        boolean grantOption = !grant && cursor.accept("grant", "option", "for");
        List<String> privileges = privileges(cursor, new ArrayList<>());
        cursor.expect("on");
        String objectType = cursor.identifier().toUpperCase(Locale.ROOT);
        if (!DEFAULT_PRIVILEGE_KINDS.contains(objectType)) {
            throw cursor.failure("expected TABLES, SEQUENCES, FUNCTIONS, ROUTINES, TYPES or SCHEMAS");
        }
        cursor.expect(grant ? "to" : "from");
        List<String> grantees = grantees(cursor);
        grantOption |= grant && cursor.accept("with", "grant", "option");
        if (!cursor.accept("cascade")) {
            cursor.accept("restrict");
        }
        String action = cursor.textBetween(start, cursor.mark());
        return new AlterDefaultPrivileges(forRoles, inSchemas, grant, action, privileges, objectType, grantees,
                grantOption);
    }
}
