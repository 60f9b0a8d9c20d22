package dev.migrationstudio.flyway;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.callback.Event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads Flyway script names the way Flyway 11 does: the suffix is matched ignoring case, the prefix is the longest
 * configured prefix (migration prefixes and callback event names) the name starts with, the version is what comes
 * before the first separator, and underscores in the description become spaces.
 */
final class ScriptNameParser {

    private static final String VERSION_EXAMPLE = "1.2";

    private record Prefix(String text, ScriptName.Type type, Event event) {
    }

    private final List<Prefix> prefixes;
    private final List<String> suffixes;
    private final List<String> upperCaseSuffixes;
    private final String separator;

    ScriptNameParser(FlywaySettings settings) {
        this.suffixes = settings.sqlMigrationSuffixes();
        this.upperCaseSuffixes = suffixes.stream().map(suffix -> suffix.toUpperCase(Locale.ROOT)).toList();
        this.separator = settings.sqlMigrationSeparator();
        List<Prefix> all = new ArrayList<>();
        all.add(new Prefix(settings.sqlMigrationPrefix(), ScriptName.Type.VERSIONED, null));
        all.add(new Prefix(settings.repeatableSqlMigrationPrefix(), ScriptName.Type.REPEATABLE, null));
        for (Event event : Event.values()) {
            all.add(new Prefix(event.getId(), null, event));
        }
        all.add(new Prefix(settings.baselineMigrationPrefix(), ScriptName.Type.BASELINE, null));
        // Undo scripts are a Flyway Teams feature; open-source Flyway does not recognise them.
        all.add(new Prefix(settings.undoSqlMigrationPrefix(), ScriptName.Type.UNDO, null));
        // Longest first, as Flyway does (a stable sort keeps the order above between equal lengths).
        all.sort(Comparator.comparingInt((Prefix prefix) -> prefix.text().length()).reversed());
        this.prefixes = List.copyOf(all);
    }

    /** What {@code fileName} means, or empty when it does not end with a migration suffix (not a SQL script). */
    Optional<ScriptName> parse(String fileName) {
        // Plain loops: this runs for every file of every location, often in a JVM that has not warmed up yet.
        String suffix = matchingSuffix(fileName);
        if (suffix == null) {
            return Optional.empty();
        }
        String withoutSuffix = fileName.substring(0, fileName.length() - suffix.length());
        String suffixText = fileName.substring(withoutSuffix.length());
        Prefix prefix = matchingPrefix(withoutSuffix);
        if (prefix == null) {
            return Optional.of(new ScriptName.Invalid("no migration prefix: versioned scripts look like "
                    + example(VERSION_EXAMPLE, suffixText)));
        }
        String rest = withoutSuffix.substring(prefix.text().length());
        int separatorAt = rest.indexOf(separator);
        String version = separatorAt >= 0 ? rest.substring(0, separatorAt) : rest;
        String description = (separatorAt >= 0 ? rest.substring(separatorAt + separator.length()) : "").replace('_', ' ');
        return Optional.of(interpret(prefix, version, description, suffixText));
    }

    /** The first configured suffix {@code fileName} ends with, ignoring case, or null. */
    private String matchingSuffix(String fileName) {
        String upperCaseName = fileName.toUpperCase(Locale.ROOT);
        for (int i = 0; i < suffixes.size(); i++) {
            if (upperCaseName.endsWith(upperCaseSuffixes.get(i))) {
                return suffixes.get(i);
            }
        }
        return null;
    }

    /** The longest prefix {@code name} starts with, or null. */
    private Prefix matchingPrefix(String name) {
        for (Prefix prefix : prefixes) {
            if (name.startsWith(prefix.text())) {
                return prefix;
            }
        }
        return null;
    }

    private ScriptName interpret(Prefix prefix, String version, String description, String suffix) {
        boolean versioned = prefix.type() != null && prefix.type().hasVersion();
        if (!versioned) {
            if (!version.isEmpty()) {
                return new ScriptName.Invalid("a " + (prefix.event() != null ? "callback" : "repeatable migration")
                        + " name cannot contain a version; it should look like " + prefix.text() + separator
                        + descriptionExample(description) + suffix);
            }
            return prefix.event() != null
                    ? new ScriptName.Callback(prefix.event().getId(), description)
                    : new ScriptName.Migration(prefix.type(), null, description);
        }
        if (version.isEmpty()) {
            return new ScriptName.Invalid("a versioned name must contain a version; it should look like "
                    + prefix.text() + VERSION_EXAMPLE + separator + descriptionExample(description) + suffix);
        }
        try {
            return new ScriptName.Migration(prefix.type(), MigrationVersion.fromVersion(version), description);
        } catch (RuntimeException e) {
            return new ScriptName.Invalid("'" + version + "' is not a version: use numbers separated by dots or"
                    + " underscores, such as " + VERSION_EXAMPLE);
        }
    }

    private String example(String version, String suffix) {
        return prefixes.stream().filter(p -> p.type() == ScriptName.Type.VERSIONED).findFirst().orElseThrow().text()
                + version + separator + "description" + suffix;
    }

    private static String descriptionExample(String description) {
        return description.isEmpty() ? "description" : description.replace(' ', '_');
    }
}
