package dev.migrationstudio.core.lint.rules;

import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.lint.Hit;
import dev.migrationstudio.core.lint.LintContext;
import dev.migrationstudio.core.lint.LintRule;
import dev.migrationstudio.core.lint.RuleInfo;
import dev.migrationstudio.core.sql.parse.ParsedStatement;
import java.util.List;

public final class LowParseConfidenceRule implements LintRule {
    private static final RuleInfo INFO = new RuleInfo("low-parse-confidence", Severity.INFO,
            "Many statements of a script were not understood",
            "Lint rules cannot check a statement the parser does not understand, so a clean report on this "
                    + "script means less than elsewhere.",
            "Review the script by hand; simplify or split the statements the parser could not read.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Hit> checkScript(LintContext context) {
        int total = context.statements().size();
        List<ParsedStatement.Opaque> opaque = context.statements().stream()
                .filter(s -> s.parsed() instanceof ParsedStatement.Opaque)
                .map(s -> (ParsedStatement.Opaque) s.parsed()).toList();
        if (opaque.isEmpty() || (double) opaque.size() / total <= context.config().opaqueRatioThreshold()) {
            return List.of();
        }
        return List.of(Hit.onScript(opaque.size() + " of " + total + " statements were not understood (first: "
                + opaque.get(0).reason() + "); lint could not check them", INFO.safeRewrite()));
    }
}
