package dev.migrationstudio.core.audit.rls;

import java.util.List;

/**
 * The policies that govern one command on one table: {@code permissive} names those that can grant access,
 * {@code restrictive} those that narrow it.
 */
public record CommandCoverage(
        PolicyCommand command,
        Coverage coverage,
        List<String> permissive,
        List<String> restrictive) {

    public CommandCoverage {
        permissive = List.copyOf(permissive);
        restrictive = List.copyOf(restrictive);
    }

    public boolean grantsAccess() {
        return coverage == Coverage.PERMISSIVE;
    }
}
