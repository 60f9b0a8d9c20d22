package dev.migrationstudio.core.sql.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * What every split must satisfy, checked independently of the splitter: statements are verbatim pieces of the input
 * in order, everything between them is blanks, semicolons and comments, and an error (if any) comes after the last
 * statement. So nothing is lost without an error saying where.
 */
final class SplitInvariants {
    private SplitInvariants() {
    }

    static void check(String input, SplitResult result) {
        int covered = input.startsWith("\uFEFF") ? 1 : 0;
        List<SqlStatement> statements = result.statements();
        for (SqlStatement s : statements) {
            int start = s.start().offset();
            assertThat(start).as("statement order").isGreaterThanOrEqualTo(covered);
            assertThat(s.text()).as("text is trimmed and not empty").isNotEmpty();
            assertThat(isBlank(s.text().charAt(0)) || isBlank(s.text().charAt(s.text().length() - 1)))
                    .as("text is trimmed: [%s]", s.text()).isFalse();
            assertThat(input.startsWith(s.text(), start)).as("text is verbatim at its offset").isTrue();
            assertThat(s.start()).as("line and column").isEqualTo(positionOf(input, start));
            String gap = input.substring(covered, start);
            assertThat(isSeparator(gap)).as("only blanks, ; and comments before %s: [%s]", s.start(), gap).isTrue();
            if (!s.leadingComments().isEmpty()) {
                int at = gap.lastIndexOf(s.leadingComments());
                assertThat(at).as("leading comments are in the gap").isGreaterThanOrEqualTo(0);
                assertThat(gap.substring(at + s.leadingComments().length()).chars().allMatch(c -> isBlank((char) c)))
                        .as("comments end before the statement").isTrue();
            }
            covered = start + s.text().length();
            if (s.copyData() != null) {
                covered = s.kind() == SqlStatement.Kind.PSQL_META
                        ? pastRows(input, covered, s.copyData())
                        : pastCopyData(input, covered, s.copyData());
            }
        }
        if (result.error() != null) {
            SourcePosition at = result.error().position();
            assertThat(at.offset()).as("error after the last statement").isBetween(
                    statements.isEmpty() ? 0 : statements.get(statements.size() - 1).start().offset(), input.length());
            assertThat(at).isEqualTo(positionOf(input, at.offset()));
            assertThat(result.error().message()).isNotBlank();
        } else {
            assertThat(isSeparator(input.substring(covered))).as("only blanks, ; and comments after the last statement")
                    .isTrue();
        }
    }

    /**
     * Past the rows of a COPY FROM stdin whose text ends at {@code textEnd}: they start on the line after its
     * {@code ;} and end with a {@code \.} line. A COPY ended without {@code ;} has no rows.
     */
    private static int pastCopyData(String input, int textEnd, String data) {
        int semicolon = textEnd;
        while (semicolon < input.length() && input.charAt(semicolon) != ';') {
            semicolon++;
        }
        if (semicolon == input.length() || !isSeparator(input.substring(textEnd, semicolon))) {
            assertThat(data).as("COPY without ; has no rows").isEmpty();
            return textEnd;
        }
        return pastRows(input, semicolon, data);
    }

    private static int pastRows(String input, int commandEnd, String data) {
        int lineBreak = commandEnd;
        while (lineBreak < input.length() && input.charAt(lineBreak) != '\n' && input.charAt(lineBreak) != '\r') {
            lineBreak++;
        }
        int dataStart = input.startsWith("\r\n", lineBreak) ? lineBreak + 2 : lineBreak + 1;
        assertThat(input.startsWith(data, dataStart)).as("COPY rows start on the line after ;").isTrue();
        assertThat(input.startsWith("\\.", dataStart + data.length())).as("COPY rows end at \\.").isTrue();
        return dataStart + data.length() + 2;
    }

    /** PostgreSQL's whitespace, narrower than Java's. */
    static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    /** Blanks, semicolons, nested block comments and line comments only. */
    static boolean isSeparator(String s) {
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (isBlank(c) || c == ';') {
                i++;
            } else if (s.startsWith("--", i)) {
                while (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
                    i++;
                }
            } else if (s.startsWith("/*", i)) {
                int depth = 0;
                do {
                    if (s.startsWith("/*", i)) {
                        depth++;
                        i += 2;
                    } else if (s.startsWith("*/", i)) {
                        depth--;
                        i += 2;
                    } else if (i < s.length()) {
                        i++;
                    } else {
                        return false;
                    }
                } while (depth > 0);
            } else {
                return false;
            }
        }
        return true;
    }

    static SourcePosition positionOf(String input, int offset) {
        int line = 1;
        int lineStart = input.startsWith("\uFEFF") ? 1 : 0;
        for (int i = 0; i < offset; i++) {
            char c = input.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= input.length() || input.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePosition(line, Math.max(1, offset - lineStart + 1), offset);
    }
}
