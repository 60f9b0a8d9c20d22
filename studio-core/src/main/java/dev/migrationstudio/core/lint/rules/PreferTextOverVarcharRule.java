package dev.migrationstudio.core.lint.rules;

import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.lint.LintContext;
import dev.migrationstudio.core.lint.RuleInfo;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class PreferTextOverVarcharRule extends ColumnTypeRule {
    private static final RuleInfo INFO = new RuleInfo("prefer-text-over-varchar", Severity.INFO,
            "A varchar(n) column",
            "The length limit is no faster than text, and raising it later locks the table if it shrinks; a "
                    + "CHECK constraint can change without touching the type.",
            "Use text with CHECK (char_length(c) <= n).");
    private static final Pattern VARCHAR = Pattern.compile("character varying\\((\\d+)\\)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    Advice advice(DefinedColumns c, String type, LintContext context) {
        Matcher varchar = VARCHAR.matcher(type);
        if (!varchar.matches()) {
            return null;
        }
        String name = Sql.ident(c.column().name());
        return new Advice(column(c) + " is " + type + "; text with a CHECK is as fast and easier to change",
                name + " text CHECK (char_length(" + name + ") <= " + varchar.group(1) + ")");
    }
}
