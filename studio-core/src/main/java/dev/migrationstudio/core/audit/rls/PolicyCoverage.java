package dev.migrationstudio.core.audit.rls;

import dev.migrationstudio.core.schema.Policy;
import java.util.Arrays;
import java.util.List;

/** Computes which policies cover which command of one table. */
final class PolicyCoverage {
    private PolicyCoverage() {
    }

    static List<CommandCoverage> of(List<Policy> tablePolicies) {
        return Arrays.stream(PolicyCommand.values()).map(command -> of(command, tablePolicies)).toList();
    }

    private static CommandCoverage of(PolicyCommand command, List<Policy> tablePolicies) {
        List<String> permissive = tablePolicies.stream()
                .filter(p -> p.permissive() && command.appliesTo(p) && command.grantsAccess(p))
                .map(Policy::name).toList();
        List<String> restrictive = tablePolicies.stream()
                .filter(p -> !p.permissive() && command.appliesTo(p))
                .map(Policy::name).toList();
        Coverage coverage = !permissive.isEmpty() ? Coverage.PERMISSIVE
                : !restrictive.isEmpty() ? Coverage.RESTRICTIVE_ONLY : Coverage.NONE;
        return new CommandCoverage(command, coverage, permissive, restrictive);
    }
}
