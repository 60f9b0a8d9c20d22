package dev.migrationstudio.core.lint;

import java.util.Set;

/**
 * Which migrations of a history are linted. The whole history is always replayed (later scripts build on the
 * earlier ones); the baseline only decides whose statements are checked, so adopting a long history does not
 * bury the team in findings about migrations that ran years ago.
 */
public sealed interface LintBaseline {

    /** Every migration. */
    record All() implements LintBaseline {
    }

    /**
     * Flyway: versioned (and undo) scripts with a version above {@code version}, compared as Flyway does
     * ({@code 1.10} is after {@code 1.9}, {@code 2} equals {@code 2.0}); repeatable scripts are always linted,
     * since Flyway re-runs them whenever they change.
     */
    record AfterVersion(String version) implements LintBaseline {
        public AfterVersion {
            if (version == null || !version.strip().matches("\\d+([._]\\d+)*")) {
                throw new IllegalArgumentException("The lint baseline version must look like a Flyway version "
                        + "(1, 1.2, 2024.01.31): got '" + version + "'");
            }
        }
    }

    /**
     * Liquibase: the changesets after the one with this id (the changeset id alone, or
     * {@code changelog::id::author} when ids repeat across changelogs), in changelog order.
     */
    record AfterChangeSet(String changeSetId) implements LintBaseline {
        public AfterChangeSet {
            if (changeSetId == null || changeSetId.isBlank()) {
                throw new IllegalArgumentException("The lint baseline changeset id must not be blank");
            }
        }
    }

    /** Only migrations whose script id is not in {@code appliedIds} (as the tool's history table lists them). */
    record NotApplied(Set<String> appliedIds) implements LintBaseline {
        public NotApplied {
            appliedIds = Set.copyOf(appliedIds);
        }
    }
}
