package dev.migrationstudio.core.lint;

import dev.migrationstudio.core.lint.rules.AddCheckNotValidRule;
import dev.migrationstudio.core.lint.rules.AddColumnRequiredRule;
import dev.migrationstudio.core.lint.rules.AddColumnRewriteRule;
import dev.migrationstudio.core.lint.rules.AddColumnVolatileDefaultRule;
import dev.migrationstudio.core.lint.rules.AddFkNotValidRule;
import dev.migrationstudio.core.lint.rules.AddUniqueConstraintRule;
import dev.migrationstudio.core.lint.rules.AlterColumnTypeRule;
import dev.migrationstudio.core.lint.rules.ConcurrentInTransactionRule;
import dev.migrationstudio.core.lint.rules.CreateIndexNotConcurrentRule;
import dev.migrationstudio.core.lint.rules.DestructiveNoTransactionRule;
import dev.migrationstudio.core.lint.rules.DropColumnRule;
import dev.migrationstudio.core.lint.rules.DropIndexNotConcurrentRule;
import dev.migrationstudio.core.lint.rules.DropSchemaRule;
import dev.migrationstudio.core.lint.rules.DropTableRule;
import dev.migrationstudio.core.lint.rules.EnumAddValueOrderingRule;
import dev.migrationstudio.core.lint.rules.FkMissingIndexRule;
import dev.migrationstudio.core.lint.rules.IdentifierTooLongRule;
import dev.migrationstudio.core.lint.rules.LowParseConfidenceRule;
import dev.migrationstudio.core.lint.rules.MissingRlsRule;
import dev.migrationstudio.core.lint.rules.NamingViolationRule;
import dev.migrationstudio.core.lint.rules.PreferBigintOverIntRule;
import dev.migrationstudio.core.lint.rules.PreferIdentityRule;
import dev.migrationstudio.core.lint.rules.PreferJsonbRule;
import dev.migrationstudio.core.lint.rules.PreferTextOverVarcharRule;
import dev.migrationstudio.core.lint.rules.PreferTimestamptzRule;
import dev.migrationstudio.core.lint.rules.RenameColumnRule;
import dev.migrationstudio.core.lint.rules.RenameTableRule;
import dev.migrationstudio.core.lint.rules.RequireLockTimeoutRule;
import dev.migrationstudio.core.lint.rules.SetNotNullRule;
import dev.migrationstudio.core.lint.rules.TransactionControlRule;
import dev.migrationstudio.core.lint.rules.TruncateRule;
import dev.migrationstudio.core.lint.rules.ValidateSameTransactionRule;
import java.util.List;
import java.util.Optional;

/** Every lint rule, in the order reports list them; adding a rule means adding it here and a fixture. */
public final class LintRules {
    private static final List<LintRule> ALL = List.of(
            new TruncateRule(), new DropTableRule(), new DropSchemaRule(), new DropColumnRule(),
            new DestructiveNoTransactionRule(), new LowParseConfidenceRule(), new NamingViolationRule(),
            new CreateIndexNotConcurrentRule(), new DropIndexNotConcurrentRule(), new ConcurrentInTransactionRule(),
            new AddUniqueConstraintRule(), new AddFkNotValidRule(), new AddCheckNotValidRule(),
            new ValidateSameTransactionRule(), new SetNotNullRule(), new AddColumnRequiredRule(),
            new AddColumnVolatileDefaultRule(), new AddColumnRewriteRule(), new AlterColumnTypeRule(),
            new RenameColumnRule(), new RenameTableRule(), new RequireLockTimeoutRule(), new TransactionControlRule(),
            new FkMissingIndexRule(), new MissingRlsRule(), new PreferJsonbRule(), new PreferTimestamptzRule(),
            new PreferBigintOverIntRule(), new PreferIdentityRule(), new PreferTextOverVarcharRule(),
            new IdentifierTooLongRule(), new EnumAddValueOrderingRule(),
            new SuppressionRules.Rule(SuppressionRules.UNUSED), new SuppressionRules.Rule(SuppressionRules.UNKNOWN),
            new SuppressionRules.Rule(SuppressionRules.WITHOUT_REASON));

    private LintRules() {
    }

    public static List<LintRule> all() {
        return ALL;
    }

    public static List<RuleInfo> infos() {
        return ALL.stream().map(LintRule::info).toList();
    }

    public static List<String> ids() {
        return ALL.stream().map(LintRule::id).toList();
    }

    public static Optional<LintRule> byId(String id) {
        return ALL.stream().filter(rule -> rule.id().equals(id)).findFirst();
    }
}
