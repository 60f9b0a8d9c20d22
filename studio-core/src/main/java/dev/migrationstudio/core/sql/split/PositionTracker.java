package dev.migrationstudio.core.sql.split;

/**
 * Turns character offsets into line and column. Offsets are asked for in increasing order, so the whole script is
 * walked once. A line ends at {@code \n}, {@code \r\n} or a lone {@code \r}; columns count UTF-16 code units, as
 * SARIF and most editors do. A byte order mark at the start takes no column.
 */
final class PositionTracker {
    private final String text;
    private int offset;
    private int line = 1;
    private int lineStart;

    PositionTracker(String text) {
        this.text = text;
        this.lineStart = firstLineStart();
    }

    private int firstLineStart() {
        return text.startsWith("\uFEFF") ? 1 : 0;
    }

    SourcePosition at(int target) {
        if (target < offset) {
            offset = 0;
            line = 1;
            lineStart = firstLineStart();
        }
        for (int i = offset; i < target; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        offset = target;
        return new SourcePosition(line, Math.max(1, target - lineStart + 1), target);
    }
}
