package dev.migrationstudio.core.lint.rules;

import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.lint.Hit;
import dev.migrationstudio.core.lint.LintContext;
import dev.migrationstudio.core.lint.LintRule;
import dev.migrationstudio.core.lint.LintStatement;
import dev.migrationstudio.core.lint.RuleInfo;
import dev.migrationstudio.core.sql.parse.AlterAction;
import dev.migrationstudio.core.sql.parse.ParsedStatement;
import dev.migrationstudio.core.sql.parse.TableConstraint;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public final class IdentifierTooLongRule implements LintRule {
    private static final RuleInfo INFO = new RuleInfo("identifier-too-long", Severity.ERROR,
            "A name longer than 63 bytes",
            "PostgreSQL silently truncates identifiers to 63 bytes: two long names can collide, and later "
                    + "statements that use the full name do not find the object.",
            "Shorten the name to 63 bytes or less.");
    private static final int MAX_BYTES = 63;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Hit> check(LintStatement statement, LintContext context) {
        return names(statement.parsed()).stream().filter(n -> n != null && bytes(n) > MAX_BYTES).distinct()
                .map(n -> Hit.at(statement, "\"" + n + "\" is " + bytes(n) + " bytes; PostgreSQL truncates it to \""
                        + truncated(n) + "\"", "Rename it to at most 63 bytes, e.g. \"" + truncated(n) + "\""))
                .toList();
    }

    private static List<String> names(ParsedStatement parsed) {
        List<String> names = new ArrayList<>();
        if (parsed instanceof ParsedStatement.CreateTable create) {
            names.add(create.table().name());
            create.columns().forEach(c -> {
                names.add(c.name());
                c.constraints().forEach(k -> names.add(k.name()));
            });
            create.constraints().forEach(k -> names.add(k.name()));
        } else if (parsed instanceof ParsedStatement.AlterTable alter) {
            alter.actions().forEach(a -> names.addAll(actionNames(a)));
        } else {
            names.addAll(objectNames(parsed));
        }
        return names;
    }

    private static List<String> actionNames(AlterAction action) {
        if (action instanceof AlterAction.AddColumn add) {
            List<String> names = new ArrayList<>(List.of(add.column().name()));
            add.column().constraints().stream().map(TableConstraint::name).forEach(names::add);
            return names;
        } else if (action instanceof AlterAction.AddConstraint add) {
            return Arrays.asList(add.constraint().name());
        } else if (action instanceof AlterAction.RenameColumn rename) {
            return List.of(rename.to());
        } else if (action instanceof AlterAction.RenameConstraint rename) {
            return List.of(rename.to());
        }
        return List.of();
    }

    private static List<String> objectNames(ParsedStatement parsed) {
        if (parsed instanceof ParsedStatement.CreateIndex index) {
            return Arrays.asList(index.name());
        } else if (parsed instanceof ParsedStatement.Rename rename) {
            return List.of(rename.newName());
        } else if (parsed instanceof ParsedStatement.CreatePolicy policy) {
            return List.of(policy.name());
        } else if (parsed instanceof ParsedStatement.CreateFunction function) {
            return List.of(function.name().name());
        } else if (parsed instanceof ParsedStatement.CreateView view) {
            return List.of(view.name().name());
        } else if (parsed instanceof ParsedStatement.CreateTrigger trigger) {
            return List.of(trigger.name());
        } else if (parsed instanceof ParsedStatement.CreateType type) {
            return List.of(type.name().name());
        } else if (parsed instanceof ParsedStatement.CreateSequence sequence) {
            return List.of(sequence.name().name());
        } else if (parsed instanceof ParsedStatement.CreateSchema schema) {
            return Arrays.asList(schema.name());
        } else if (parsed instanceof ParsedStatement.CreateDomain domain) {
            return List.of(domain.name().name());
        }
        return List.of();
    }

    private static int bytes(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Cut at 63 bytes without splitting a character, as PostgreSQL does. */
    private static String truncated(String name) {
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int i = 0; i < name.length(); ) {
            int codePoint = name.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (used + size > MAX_BYTES) {
                break;
            }
            kept.appendCodePoint(codePoint);
            used += size;
            i += Character.charCount(codePoint);
        }
        return kept.toString();
    }
}
