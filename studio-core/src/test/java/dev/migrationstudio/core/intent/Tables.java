package dev.migrationstudio.core.intent;

import dev.migrationstudio.core.schema.Column;
import dev.migrationstudio.core.schema.Table;
import java.util.ArrayList;
import java.util.List;

/** Builds tables for scoring tests: {@code table("public.t", "id integer", "name text")}. */
final class Tables {
    private Tables() {
    }

    static Table table(String id, String... columns) {
        return table(id, false, columns);
    }

    static Table table(String id, boolean rls, String... columns) {
        List<Column> list = new ArrayList<>();
        for (String column : columns) {
            int space = column.indexOf(' ');
            list.add(new Column(column.substring(0, space), column.substring(space + 1), true, null,
                    Column.Identity.NONE, null, null, null));
        }
        String[] parts = id.split("\\.");
        return new Table(parts[0], parts[1], Table.TableKind.TABLE, false, null, null, null, list, List.of(), rls,
                false, "postgres", null);
    }
}
