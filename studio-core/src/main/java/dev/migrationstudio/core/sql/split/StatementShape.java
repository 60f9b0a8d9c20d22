package dev.migrationstudio.core.sql.split;

import static dev.migrationstudio.core.sql.split.PgLexer.isKeyword;

/**
 * What the splitter must know about the statement being read to decide whether a semicolon ends it, using psql's
 * own heuristics (psqlscan.l): a semicolon inside parentheses does not end a statement (CREATE RULE ... DO ALSO
 * (a; b)), nor does one inside the BEGIN ... END body of CREATE [OR REPLACE] FUNCTION|PROCEDURE, where BEGIN, CASE
 * and END at parenthesis depth 0 are counted. It also recognises {@code COPY ... FROM STDIN}, whose data follows.
 */
final class StatementShape {
    private static final int NONE = -1;
    private static final String[] HEAD_KEYWORDS = {"create", "or", "replace", "function", "procedure"};

    private int words;
    private final char[] head = new char[4];
    private boolean routine;
    private boolean copy;
    private boolean afterFrom;
    private boolean fromStdin;
    private int parenDepth;
    private int outerParen = NONE;
    private int beginDepth;
    private int outerBegin = NONE;

    void reset() {
        words = 0;
        routine = false;
        copy = false;
        afterFrom = false;
        fromStdin = false;
        parenDepth = 0;
        outerParen = NONE;
        beginDepth = 0;
        outerBegin = NONE;
    }

    void onWord(String sql, int start, int end) {
        int index = words++;
        if (index < head.length) {
            head[index] = headLetter(sql, start, end);
            routine = head[0] == 'c' && (index >= 1 && (head[1] == 'f' || head[1] == 'p'
                    || (index >= 3 && head[1] == 'o' && head[2] == 'r' && (head[3] == 'f' || head[3] == 'p'))));
            if (index == 0) {
                copy = isKeyword(sql, start, end, "copy");
            }
        }
        if (parenDepth != 0) {
            return;
        }
        if (copy) {
            fromStdin |= afterFrom && isKeyword(sql, start, end, "stdin");
            afterFrom = isKeyword(sql, start, end, "from");
        }
        if (routine) {
            countBlock(sql, start, end);
        }
    }

    private void countBlock(String sql, int start, int end) {
        if (isKeyword(sql, start, end, "begin")) {
            if (beginDepth++ == 0) {
                outerBegin = start;
            }
        } else if (isKeyword(sql, start, end, "case")) {
            if (beginDepth > 0) {
                beginDepth++;
            }
        } else if (isKeyword(sql, start, end, "end") && beginDepth > 0) {
            beginDepth--;
        }
    }

    /** The first letter of the words psql looks for at the head of CREATE [OR REPLACE] FUNCTION|PROCEDURE, else 0. */
    private static char headLetter(String sql, int start, int end) {
        for (String keyword : HEAD_KEYWORDS) {
            if (isKeyword(sql, start, end, keyword)) {
                return keyword.charAt(0);
            }
        }
        return 0;
    }

    void onOpenParen(int offset) {
        if (parenDepth++ == 0) {
            outerParen = offset;
        }
    }

    void onCloseParen() {
        if (parenDepth > 0) {
            parenDepth--;
        }
    }

    boolean semicolonEndsStatement() {
        return parenDepth == 0 && beginDepth == 0;
    }

    boolean isCopyFromStdin() {
        return fromStdin;
    }

    /** Offset of the outermost parenthesis still open, or -1. */
    int unclosedParen() {
        return parenDepth > 0 ? outerParen : NONE;
    }

    /** Offset of the routine-body BEGIN still open, or -1. */
    int unclosedBegin() {
        return beginDepth > 0 ? outerBegin : NONE;
    }
}
