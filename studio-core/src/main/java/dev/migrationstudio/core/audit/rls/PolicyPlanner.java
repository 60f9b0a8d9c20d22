package dev.migrationstudio.core.audit.rls;

import dev.migrationstudio.core.schema.Policy;
import dev.migrationstudio.core.schema.Table;
import dev.migrationstudio.core.sql.SqlIdentifiers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Proposes, for each table in an exposed schema, what closes its gaps: enabling RLS when it is off and one
 * permissive policy per command no permissive policy covers. Owner-only when the table has an owner column
 * ({@link OwnerColumns}), otherwise an explicit deny-all stub whose comment says what to write.
 */
final class PolicyPlanner {
    private PolicyPlanner() {
    }

    static RlsPlan plan(RlsContext context) {
        List<PolicyProposal> proposals = new ArrayList<>();
        for (Table table : context.tables()) {
            if (context.scope().isExposed(table.schema())) {
                proposals.addAll(forTable(table, context));
            }
        }
        return new RlsPlan(proposals);
    }

    private static List<PolicyProposal> forTable(Table table, RlsContext context) {
        String target = SqlIdentifiers.qualified(table.schema(), table.name());
        List<PolicyProposal> proposals = new ArrayList<>();
        if (!table.rlsEnabled()) {
            proposals.add(new PolicyProposal(table.id(), PolicyProposal.Kind.ENABLE_RLS, null, null,
                    "ALTER TABLE " + target + " ENABLE ROW LEVEL SECURITY;"));
        }
        Set<String> takenNames = new HashSet<>(context.policiesOf(table).stream().map(Policy::name).toList());
        Optional<String> owner = OwnerColumns.of(table);
        for (CommandCoverage coverage : context.statusOf(table).commands()) {
            if (!coverage.grantsAccess()) {
                proposals.add(owner.isPresent()
                        ? ownerOnly(table, target, coverage.command(), owner.get(), context, takenNames)
                        : denyAll(table, target, coverage.command(), takenNames));
            }
        }
        return proposals;
    }

    private static PolicyProposal ownerOnly(Table table, String target, PolicyCommand command, String owner,
                                            RlsContext context, Set<String> takenNames) {
        String name = freeName(table.name() + "_" + lower(command) + "_own", takenNames);
        String sql = "CREATE POLICY " + SqlIdentifiers.quote(name) + " ON " + target + " AS PERMISSIVE FOR "
                + command + " TO " + SqlIdentifiers.quote(context.scope().authenticatedRole())
                + OwnerPredicate.clauses(command, OwnerPredicate.of(owner)) + ";";
        return new PolicyProposal(table.id(), PolicyProposal.Kind.OWNER_ONLY, command, owner, sql);
    }

    private static PolicyProposal denyAll(Table table, String target, PolicyCommand command, Set<String> takenNames) {
        String name = freeName(table.name() + "_" + lower(command) + "_deny_all", takenNames);
        String sql = "-- " + table.id() + " has no owner column (uuid user_id, owner_id, created_by, profile_id,"
                + " author_id, or id referencing auth.users): this stub denies every " + command
                + "; replace false with the rule that should allow it.\n"
                + "CREATE POLICY " + SqlIdentifiers.quote(name) + " ON " + target + " AS PERMISSIVE FOR " + command
                + OwnerPredicate.clauses(command, "false") + ";";
        return new PolicyProposal(table.id(), PolicyProposal.Kind.DENY_ALL, command, null, sql);
    }

    /** The wanted name, or the first of {@code name_2}, {@code name_3}, ... the table does not use yet. */
    private static String freeName(String wanted, Set<String> takenNames) {
        String name = wanted;
        for (int suffix = 2; takenNames.contains(name); suffix++) {
            name = wanted + "_" + suffix;
        }
        takenNames.add(name);
        return name;
    }

    private static String lower(PolicyCommand command) {
        return command.name().toLowerCase(Locale.ROOT);
    }
}
