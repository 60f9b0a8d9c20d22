package dev.migrationstudio.core.lint.rules;

import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.lint.Hit;
import dev.migrationstudio.core.lint.LintContext;
import dev.migrationstudio.core.lint.LintRule;
import dev.migrationstudio.core.lint.LintStatement;
import dev.migrationstudio.core.lint.RuleInfo;
import dev.migrationstudio.core.schema.Table;
import dev.migrationstudio.core.sql.parse.ParsedStatement;
import java.util.List;
import java.util.regex.Pattern;

public final class CreateIndexNotConcurrentRule implements LintRule {
    private static final RuleInfo INFO = new RuleInfo("create-index-not-concurrent", Severity.ERROR,
            "CREATE INDEX without CONCURRENTLY on an existing table",
            "A plain CREATE INDEX holds a SHARE lock for the whole build: every INSERT, UPDATE and DELETE on the "
                    + "table waits until it is done.",
            "CREATE INDEX CONCURRENTLY in a script that runs outside a transaction (Flyway: a script of its own; "
                    + "Liquibase: runInTransaction=\"false\").");
    private static final Pattern CREATE_INDEX = Pattern.compile("(?i)^(create\\s+(unique\\s+)?index)\\s+");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Hit> check(LintStatement statement, LintContext context) {
        if (!(statement.parsed() instanceof ParsedStatement.CreateIndex index) || index.concurrently()
                || !context.isExistingTable(index.table())) {
            return List.of();
        }
        boolean partitioned = context.table(index.table())
                .map(t -> t.kind() == Table.TableKind.PARTITIONED).orElse(false);
        if (partitioned) {
            return List.of(Hit.at(statement, "CREATE INDEX on partitioned table " + context.describeTable(index.table())
                            + " locks every partition against writes while it builds",
                    "CREATE INDEX ... ON ONLY " + Sql.name(index.table()) + " (...); then CREATE INDEX CONCURRENTLY "
                            + "on each partition and ALTER INDEX <parent index> ATTACH PARTITION <partition index>"));
        }
        String rewrite = CREATE_INDEX.matcher(statement.text()).replaceFirst("$1 CONCURRENTLY ");
        return List.of(Hit.at(statement, "CREATE INDEX blocks writes to " + context.describeTable(index.table())
                        + " for the whole build",
                rewrite + ";  -- in a script that runs outside a transaction"));
    }
}
