package dev.migrationstudio.core.introspect;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/** One row of a catalog query, read by column label. */
final class CatalogRow {
    private final ResultSet resultSet;

    CatalogRow(ResultSet resultSet) {
        this.resultSet = resultSet;
    }

    String text(String column) throws SQLException {
        return resultSet.getString(column);
    }

    boolean bool(String column) throws SQLException {
        return resultSet.getBoolean(column);
    }

    int integer(String column) throws SQLException {
        return resultSet.getInt(column);
    }

    long number(String column) throws SQLException {
        return resultSet.getLong(column);
    }

    /** A text-like array column; SQL NULL reads as an empty list. */
    List<String> texts(String column) throws SQLException {
        Array array = resultSet.getArray(column);
        if (array == null) {
            return List.of();
        }
        try {
            Object[] values = (Object[]) array.getArray();
            return Arrays.stream(values).map(String::valueOf).toList();
        } finally {
            array.free();
        }
    }
}
