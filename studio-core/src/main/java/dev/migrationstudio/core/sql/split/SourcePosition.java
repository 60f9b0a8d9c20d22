package dev.migrationstudio.core.sql.split;

import java.io.Serializable;
/** A place in a script: 1-based line and column, 0-based character offset. */
public record SourcePosition(int line, int column, int offset) implements Serializable {
    public static final SourcePosition START = new SourcePosition(1, 1, 0);
}
