package dev.migrationstudio.core.lint;

import dev.migrationstudio.core.source.MigrationScript;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a script runs inside a transaction. Liquibase does what the changeset says ({@code runInTransaction}).
 * Flyway also looks at the statements: one that PostgreSQL refuses inside a transaction (by Flyway's own list:
 * {@code CREATE|DROP INDEX CONCURRENTLY}, {@code REINDEX SCHEMA|DATABASE|SYSTEM}, {@code VACUUM},
 * {@code DISCARD ALL}, {@code ALTER SYSTEM}, {@code CREATE|DROP DATABASE|TABLESPACE|SUBSCRIPTION}, and
 * {@code ALTER TYPE ... ADD VALUE} before PostgreSQL 12) makes it run the script without one, and unless
 * {@code mixed=true} it refuses a script that has both kinds.
 */
public final class ScriptTransactions {
    private static final List<Pattern> FLYWAY_NON_TRANSACTIONAL = List.of(
            Pattern.compile("(CREATE|DROP) (DATABASE|TABLESPACE|SUBSCRIPTION)\\b"),
            Pattern.compile("ALTER SYSTEM\\b"),
            Pattern.compile("(CREATE|DROP)( UNIQUE)? INDEX CONCURRENTLY\\b"),
            Pattern.compile("REINDEX( VERBOSE)? (SCHEMA|DATABASE|SYSTEM)\\b"),
            Pattern.compile("VACUUM\\b"),
            Pattern.compile("DISCARD ALL\\b"));
    private static final Pattern ADD_ENUM_VALUE = Pattern.compile("ALTER TYPE( \\S+)+? ADD VALUE\\b");
    /** Every pattern is decided by the statement's first words; a long body is never copied or scanned. */
    private static final int HEAD_LENGTH = 256;
    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** The words every pattern above starts with: any other statement is decided without a regular expression. */
    private static final Set<String> FIRST_WORDS = Set.of("CREATE", "DROP", "ALTER", "REINDEX", "VACUUM", "DISCARD");
    /**
     * After CREATE or DROP, the second words of the patterns above: CREATE TABLE, DROP FUNCTION ... (most of a
     * history) are decided without a regular expression.
     */
    private static final Set<String> SECOND_WORDS_AFTER_CREATE_OR_DROP = Set.of("DATABASE", "TABLESPACE",
            "SUBSCRIPTION", "UNIQUE", "INDEX");

    private ScriptTransactions() {
    }

    public static boolean runsInTransaction(MigrationScript script, List<LintStatement> statements, int pgVersion) {
        if (!script.transactional()) {
            return false;
        }
        return script.kind() == MigrationScript.Kind.CHANGESET
                || statements.stream().noneMatch(s -> flywayNonTransactional(s, pgVersion));
    }

    /** The letters from {@code start} to the first non-letter, upper-cased as the patterns see them. */
    private static String firstWord(String text, int start) {
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end).toUpperCase(Locale.ROOT);
    }

    /** The word after the whitespace at {@code end} of the first word; empty when no whitespace follows it. */
    private static String secondWord(String text, int end) {
        int start = end;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return start == end ? "" : firstWord(text, start);
    }

    /** Whether Flyway's PostgreSQL parser marks the statement as one that cannot run in a transaction. */
    public static boolean flywayNonTransactional(LintStatement statement, int pgVersion) {
        String text = statement.text();
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        String first = firstWord(text, start);
        if (!FIRST_WORDS.contains(first)) {
            return false;
        }
        if ((first.equals("CREATE") || first.equals("DROP"))
                && !SECOND_WORDS_AFTER_CREATE_OR_DROP.contains(secondWord(text, start + first.length()))) {
            return false;
        }
        // The head of the stripped text, without copying a long body to strip it.
        String head = text.substring(start, Math.min(text.length(), start + HEAD_LENGTH));
        if (start + HEAD_LENGTH >= text.length()) {
            head = head.stripTrailing();
        }
        String simplified = SPACE.matcher(head).replaceAll(" ").toUpperCase(Locale.ROOT);
        if (pgVersion < 12 && ADD_ENUM_VALUE.matcher(simplified).lookingAt()) {
            return true;
        }
        return FLYWAY_NON_TRANSACTIONAL.stream().anyMatch(p -> p.matcher(simplified).lookingAt());
    }
}
