package dev.migrationstudio.core.sql.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The realistic statement mix of {@code sql/supabase-style-history.sql}, cut with a test-only split on ";" at a line
 * end (the file keeps every such semicolon at top level), optionally repeated with renamed objects.
 */
public final class Corpus {
    private Corpus() {
    }

    public static List<String> history() {
        try (InputStream in = Corpus.class.getResourceAsStream("/sql/supabase-style-history.sql")) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> statements = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            boolean inDollarBody = false;
            for (String line : script.split("\n")) {
                if (line.startsWith("--") && current.isEmpty()) {
                    continue;
                }
                current.append(line).append('\n');
                if (line.contains("$$")) {
                    inDollarBody ^= (line.split("\\$\\$", -1).length - 1) % 2 == 1;
                }
                if (!inDollarBody && line.strip().endsWith(";")) {
                    String statement = current.toString().strip();
                    statements.add(statement.substring(0, statement.length() - 1));
                    current.setLength(0);
                }
            }
            return statements;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code copies} copies of the history, each copy's objects renamed so no two are alike. */
    public static List<String> repeated(int copies) {
        List<String> base = history();
        List<String> all = new ArrayList<>(base.size() * copies);
        for (int i = 0; i < copies; i++) {
            String suffix = "_" + i;
            for (String statement : base) {
                all.add(statement.replace("orders", "orders" + suffix).replace("profiles", "profiles" + suffix));
            }
        }
        return all;
    }

}
