package dev.migrationstudio.liquibase;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the line where a changeset starts by scanning the changelog text, since Liquibase's parsed model keeps no
 * positions. Cheap and approximate: returns 1 when the changeset cannot be found (ids built from properties, say).
 */
final class ChangeSetLineLocator {

    private static final Pattern XML_CHANGESET_TAG = Pattern.compile("<changeSet\\b[^>]*>", Pattern.DOTALL);
    /** How far from its {@code id} line a YAML/JSON changeset's {@code author} may sit. */
    private static final int KEY_WINDOW_LINES = 15;

    private ChangeSetLineLocator() {
    }

    static int lineOf(String fileName, String text, String id, String author) {
        String name = fileName.toLowerCase(Locale.ROOT);
        int offset;
        if (name.endsWith(".xml")) {
            offset = xmlOffset(text, id, author);
        } else if (name.endsWith(".sql")) {
            offset = formattedSqlOffset(text, id, author);
        } else if (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json")) {
            offset = keyValueOffset(text, id, author);
        } else {
            offset = -1;
        }
        return offset < 0 ? 1 : lineAt(text, offset);
    }

    private static int xmlOffset(String text, String id, String author) {
        Pattern idAttribute = attribute("id", id);
        Pattern authorAttribute = attribute("author", author);
        Matcher tags = XML_CHANGESET_TAG.matcher(text);
        while (tags.find()) {
            String tag = tags.group();
            if (idAttribute.matcher(tag).find() && authorAttribute.matcher(tag).find()) {
                return tags.start();
            }
        }
        return -1;
    }

    private static Pattern attribute(String name, String value) {
        return Pattern.compile("\\b" + name + "\\s*=\\s*([\"'])" + Pattern.quote(xmlEscaped(value)) + "\\1");
    }

    private static String xmlEscaped(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

    private static int formattedSqlOffset(String text, String id, String author) {
        Pattern header = Pattern.compile("(?im)^[ \\t]*--[ \\t]*changeset[ \\t]+\"?" + Pattern.quote(author)
                + "\"?:" + Pattern.quote(id) + "(?=\\s|$)");
        Matcher matcher = header.matcher(text);
        return matcher.find() ? matcher.start() : -1;
    }

    private static int keyValueOffset(String text, String id, String author) {
        Pattern idKey = keyValue("id", id);
        Pattern authorKey = keyValue("author", author);
        Matcher ids = idKey.matcher(text);
        while (ids.find()) {
            int line = lineAt(text, ids.start());
            if (authorKey.matcher(linesAround(text, line)).find()) {
                return ids.start();
            }
        }
        return -1;
    }

    private static Pattern keyValue(String key, String value) {
        return Pattern.compile("(?m)(?<![\\w-])[\"']?" + key + "[\"']?\\s*:\\s*([\"']?)" + Pattern.quote(value) + "\\1\\s*(,|$)");
    }

    private static String linesAround(String text, int line) {
        String[] lines = text.split("\n", -1);
        int from = Math.max(0, line - 1 - KEY_WINDOW_LINES);
        int to = Math.min(lines.length, line + KEY_WINDOW_LINES);
        return String.join("\n", Arrays.asList(lines).subList(from, to));
    }

    private static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
