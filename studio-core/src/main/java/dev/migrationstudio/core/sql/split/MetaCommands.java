package dev.migrationstudio.core.sql.split;

import java.util.Locale;

/** What the splitter needs to know about psql backslash commands. */
final class MetaCommands {
    private MetaCommands() {
    }

    /** {@code \copy table FROM stdin}: psql reads the rows from the script itself, up to a {@code \.} line. */
    static boolean isCopyFromStdin(String metaCommand) {
        if (!metaCommand.regionMatches(true, 0, "\\copy", 0, 5)) {
            return false;
        }
        String[] words = metaCommand.trim().toLowerCase(Locale.ROOT).split("[ \\t]+");
        if (!words[0].equals("\\copy")) {
            return false;
        }
        for (int i = 1; i + 1 < words.length; i++) {
            if (words[i].equals("from") && (words[i + 1].equals("stdin") || words[i + 1].equals("stdin;"))) {
                return true;
            }
        }
        return false;
    }
}
