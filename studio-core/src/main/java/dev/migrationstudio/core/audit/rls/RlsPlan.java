package dev.migrationstudio.core.audit.rls;

import java.util.List;
import java.util.stream.Collectors;

/** The data of the {@code studio.rls.plan} artifact: the statements that would close the coverage gaps. */
public record RlsPlan(List<PolicyProposal> proposals) {
    public RlsPlan {
        proposals = List.copyOf(proposals);
    }

    /** All proposals as one SQL script, in order. */
    public String script() {
        return proposals.stream().map(PolicyProposal::sql).collect(Collectors.joining("\n"));
    }
}
