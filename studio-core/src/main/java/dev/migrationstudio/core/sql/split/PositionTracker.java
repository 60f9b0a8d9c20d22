package dev.migrationstudio.core.sql.split;

/**
 * Turns character offsets into line and column. Offsets are asked for in increasing order, so the whole script is
 * walked once. A line ends at {@code \n}, {@code \r\n} or a lone {@code \r}; columns count UTF-16 code units, as
 * SARIF and most editors do.
 */
final class PositionTracker {
    private final String text;
    private int offset;
    private int line = 1;
    private int lineStart;

    PositionTracker(String text) {
        this.text = text;
    }

    SourcePosition at(int target) {
        if (target < offset) {
            offset = 0;
            line = 1;
            lineStart = 0;
        }
        for (int i = offset; i < target; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        offset = target;
        return new SourcePosition(line, target - lineStart + 1, target);
    }
}
