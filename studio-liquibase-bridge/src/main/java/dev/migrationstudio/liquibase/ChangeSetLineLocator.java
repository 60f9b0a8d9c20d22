package dev.migrationstudio.liquibase;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the line where a changeset starts by scanning the changelog text once, since Liquibase's parsed model keeps
 * no positions. Approximate: answers 1 when a changeset cannot be found (an id built from properties, say).
 */
final class ChangeSetLineLocator {

    private static final Pattern XML_CHANGESET_TAG = Pattern.compile("<changeSet\\b[^>]*>");
    private static final Pattern XML_ATTRIBUTE = Pattern.compile("\\b(id|author)\\s*=\\s*([\"'])(.*?)\\2", Pattern.DOTALL);
    private static final Pattern SQL_CHANGESET_HEADER = Pattern.compile(
            "(?im)^[ \\t]*--[ \\t]*changeset[ \\t]+(?:\"([^\"]*)\"|([^:\\s]+)):(\\S+)");
    private static final Pattern KEY_VALUE_ID = Pattern.compile(
            "(?m)(?<![\\w-])[\"']?id[\"']?\\s*:\\s*([\"']?)([^\"'\\n,]*?)\\1\\s*(?:,|$)");
    /** How far from its {@code id} line a YAML/JSON changeset's {@code author} may sit. */
    private static final int KEY_WINDOW_LINES = 15;

    private final String fileName;
    private final String text;
    private final int[] lineStarts;
    /** First offset of each changeset, by {@link #key}; for YAML and JSON, candidate offsets by id. */
    private final Map<String, List<Integer>> offsets;

    private ChangeSetLineLocator(String fileName, String text) {
        this.fileName = fileName.toLowerCase(Locale.ROOT);
        this.text = text;
        this.lineStarts = lineStarts(text);
        this.offsets = index();
    }

    static ChangeSetLineLocator of(String fileName, String text) {
        return new ChangeSetLineLocator(fileName, text);
    }

    int lineOf(String id, String author) {
        if (isKeyValueFormat()) {
            Pattern authorKey = Pattern.compile("(?m)(?<![\\w-])[\"']?author[\"']?\\s*:\\s*([\"']?)"
                    + Pattern.quote(author) + "\\1\\s*(,|$)");
            for (int offset : offsets.getOrDefault(id, List.of())) {
                if (authorKey.matcher(linesAround(lineAt(offset))).find()) {
                    return lineAt(offset);
                }
            }
            return 1;
        }
        List<Integer> found = offsets.get(key(id, author));
        return found == null ? 1 : lineAt(found.get(0));
    }

    private boolean isKeyValueFormat() {
        return fileName.endsWith(".yaml") || fileName.endsWith(".yml") || fileName.endsWith(".json");
    }

    private Map<String, List<Integer>> index() {
        Map<String, List<Integer>> index = new HashMap<>();
        if (fileName.endsWith(".xml")) {
            Matcher tags = XML_CHANGESET_TAG.matcher(text);
            while (tags.find()) {
                Map<String, String> attributes = new HashMap<>();
                Matcher attribute = XML_ATTRIBUTE.matcher(tags.group());
                while (attribute.find()) {
                    attributes.putIfAbsent(attribute.group(1), xmlUnescaped(attribute.group(3)));
                }
                add(index, key(attributes.get("id"), attributes.get("author")), tags.start());
            }
        } else if (fileName.endsWith(".sql")) {
            Matcher headers = SQL_CHANGESET_HEADER.matcher(text);
            while (headers.find()) {
                String author = headers.group(1) != null ? headers.group(1) : headers.group(2);
                add(index, key(headers.group(3), author), headers.start());
            }
        } else if (isKeyValueFormat()) {
            Matcher ids = KEY_VALUE_ID.matcher(text);
            while (ids.find()) {
                add(index, ids.group(2), ids.start());
            }
        }
        return index;
    }

    private static void add(Map<String, List<Integer>> index, String key, int offset) {
        index.computeIfAbsent(key, k -> new ArrayList<>()).add(offset);
    }

    private static String key(String id, String author) {
        return id + "\u0000" + author;
    }

    private static String xmlUnescaped(String value) {
        return value.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    private String linesAround(int line) {
        int from = Math.max(1, line - KEY_WINDOW_LINES);
        int to = Math.min(lineStarts.length, line + KEY_WINDOW_LINES);
        int end = to < lineStarts.length ? lineStarts[to] : text.length();
        return text.substring(lineStarts[from - 1], end);
    }

    private int lineAt(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
