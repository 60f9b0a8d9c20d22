package dev.migrationstudio.core.lint;

import dev.migrationstudio.core.finding.Finding;
import dev.migrationstudio.core.finding.FindingFingerprint;
import dev.migrationstudio.core.history.ParsedScript;
import dev.migrationstudio.core.source.MigrationScript;
import java.nio.file.Path;

/**
 * Turns hits into findings for one script: the file relative to the base directory, the line in that file, and
 * a fingerprint of rule, file and statement text (never the line, so moving a statement keeps it). Liquibase
 * changesets add their id to the fingerprinted text: one changelog holds many changesets.
 */
final class FindingMaker {
    private final LintConfig config;
    private final ParsedScript script;
    private final String file;

    FindingMaker(LintConfig config, ParsedScript script) {
        this.config = config;
        this.script = script;
        this.file = relative(config.baseDirectory(), script.script());
    }

    Finding finding(RuleInfo rule, Hit hit) {
        LintStatement at = hit.statement();
        int line = at == null ? script.script().firstLine() : script.fileLine(at.source().start().line());
        int column = at == null ? 1 : at.source().start().column();
        return finding(rule, line, column, hit.message(), hit.safeRewrite(), at == null ? "" : at.text());
    }

    Finding finding(RuleInfo rule, int scriptLine, String message, String subject) {
        return finding(rule, script.fileLine(scriptLine), 1, message, rule.safeRewrite(), subject);
    }

    private Finding finding(RuleInfo rule, int line, int column, String message, String rewrite, String subject) {
        MigrationScript source = script.script();
        String fingerprinted = source.changeSet() == null ? subject : source.changeSet().id() + "\n" + subject;
        return new Finding(rule.id(), config.severityOf(rule), null, file, line, column, message, rewrite,
                FindingFingerprint.of(rule.id(), file, fingerprinted));
    }

    private static String relative(Path base, MigrationScript script) {
        Path file = script.file() == null ? Path.of(script.id()) : script.file();
        if (base != null) {
            Path absoluteBase = base.toAbsolutePath().normalize();
            Path absolute = file.toAbsolutePath().normalize();
            if (absolute.startsWith(absoluteBase)) {
                file = absoluteBase.relativize(absolute);
            }
        }
        return file.toString().replace('\\', '/');
    }
}
