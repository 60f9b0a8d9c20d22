package dev.migrationstudio.core.history;

import dev.migrationstudio.core.sql.split.SourcePosition;
import dev.migrationstudio.core.sql.split.SqlStatement;

/**
 * Where a split statement's text, leading comments and COPY data lie in its script's SQL, so the parse cache stores
 * numbers instead of text and rebuilds an equal {@link SqlStatement} from the script it already holds in memory.
 *
 * @param leadingBack how far before {@code start.offset()} the leading comments begin (0 when there are none)
 * @param copyAhead   how far after the end of the text the COPY data begins, or -1 when there is none
 */
record StatementSlice(SqlStatement.Kind kind, SourcePosition start, int textLength, int leadingBack,
        int leadingLength, int copyAhead, int copyLength) {

    /**
     * The slice of {@code statement} in {@code sql}, the SQL it was split from; null when a part is not found there
     * (then the statement cannot be stored as a slice).
     */
    static StatementSlice of(SqlStatement statement, String sql) {
        int offset = statement.start().offset();
        String text = statement.text();
        if (offset < 0 || !sql.startsWith(text, offset)) {
            return null;
        }
        String leading = statement.leadingComments();
        int leadingStart = leading.isEmpty() ? offset : sql.lastIndexOf(leading, offset - leading.length());
        int textEnd = offset + text.length();
        String copy = statement.copyData();
        int copyStart = copy == null ? textEnd : sql.indexOf(copy, textEnd);
        if (leadingStart < 0 || copyStart < 0) {
            return null;
        }
        return new StatementSlice(statement.kind(), statement.start(), text.length(), offset - leadingStart,
                leading.length(), copy == null ? -1 : copyStart - textEnd, copy == null ? 0 : copy.length());
    }

    /** The statement again, its text taken from {@code sql}, the SQL this slice was made from. */
    SqlStatement rebuild(String sql) {
        int offset = start.offset();
        int textEnd = offset + textLength;
        int leadingStart = offset - leadingBack;
        String copyData = copyAhead < 0 ? null
                : sql.substring(textEnd + copyAhead, textEnd + copyAhead + copyLength);
        return new SqlStatement(sql.substring(offset, textEnd), start, kind,
                sql.substring(leadingStart, leadingStart + leadingLength), copyData);
    }
}
