package dev.migrationstudio.core.intent;

import dev.migrationstudio.core.schema.Column;
import dev.migrationstudio.core.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a table found on both sides, row by row as the scoring table says: base 0.85; +0.05 when the column
 * counts are equal; +0.05 when the column names are the same; +0.03 when, on top of that, every column has the
 * same type; -0.10 for each database column the migrations lack; -0.05 for each column whose type differs.
 */
final class TableScorer {
    private TableScorer() {
    }

    static ObjectMatch score(Table database, Table migrations) {
        Map<String, String> dbTypes = types(database);
        Map<String, String> sqlTypes = types(migrations);
        List<ScoreRow> rows = new ArrayList<>();
        List<String> drift = new ArrayList<>();
        rows.add(new ScoreRow("in the database and the migrations", Confidence.IN_BOTH));
        if (dbTypes.size() == sqlTypes.size()) {
            rows.add(new ScoreRow("same column count", Confidence.COLUMN_COUNT_EQUAL));
        } else {
            drift.add("column count differs: " + dbTypes.size() + " in the database, " + sqlTypes.size()
                    + " in the migrations");
        }
        boolean sameNames = dbTypes.keySet().equals(sqlTypes.keySet());
        if (sameNames) {
            rows.add(new ScoreRow("same column names", Confidence.COLUMN_NAMES_EQUAL));
        }
        int mismatches = 0;
        for (Map.Entry<String, String> column : dbTypes.entrySet()) {
            String declared = sqlTypes.get(column.getKey());
            if (declared == null) {
                rows.add(new ScoreRow("database column " + column.getKey() + " missing from the migrations",
                        Confidence.DB_COLUMN_MISSING));
                drift.add("column " + column.getKey() + " (" + column.getValue()
                        + ") exists in the database but no migration adds it");
            } else if (!declared.equals(column.getValue())) {
                mismatches++;
                rows.add(new ScoreRow("type of " + column.getKey() + " differs", Confidence.TYPE_MISMATCH));
                drift.add("column " + column.getKey() + " is " + column.getValue() + " in the database but "
                        + declared + " in the migrations");
            }
        }
        for (String declared : sqlTypes.keySet()) {
            if (!dbTypes.containsKey(declared)) {
                drift.add("column " + declared + " is declared by the migrations but missing from the database");
            }
        }
        if (sameNames && mismatches == 0) {
            rows.add(new ScoreRow("same column types", Confidence.COLUMN_TYPES_EQUAL));
        }
        return ObjectMatch.scored(database.id(), ObjectType.TABLE, Presence.BOTH, rows, drift);
    }

    private static Map<String, String> types(Table table) {
        Map<String, String> types = new LinkedHashMap<>();
        for (Column column : table.columns()) {
            types.put(column.name(), column.type());
        }
        return types;
    }
}
