package dev.migrationstudio.core.scaffold;

import java.util.Locale;
import java.util.Set;

/**
 * {@code add-column} on an existing table. {@code NOT NULL} without a default is refused (it fails on a table
 * with rows, and the default-less path needs a backfill); a volatile default is refused too, because Postgres
 * rewrites the whole table under an exclusive lock to compute it per row.
 */
public final class AddColumnScaffold {
    private static final Set<String> VOLATILE_FUNCTIONS = Set.of("random", "gen_random_uuid", "uuid_generate_v4",
            "uuid_generate_v1", "clock_timestamp", "timeofday", "nextval", "txid_current");

    private AddColumnScaffold() {
    }

    /** @param defaultExpression null for none */
    public static Scaffold generate(TableRef table, String column, String type, boolean nullable,
                                    String defaultExpression) throws ScaffoldException {
        String qualified = ScaffoldNames.qualified("studio.entity", table);
        String name = ScaffoldNames.identifier("studio.name", column);
        String sqlType = Fragments.type("studio.type", type);
        StringBuilder up = new StringBuilder(LockTimeout.SET_LOCAL).append("ALTER TABLE ").append(qualified)
                .append(" ADD COLUMN ").append(name).append(' ').append(sqlType);
        if (defaultExpression != null && !defaultExpression.isBlank()) {
            refuseVolatile(defaultExpression);
            up.append(" DEFAULT ").append(Fragments.expression("studio.default", defaultExpression));
        } else if (!nullable) {
            throw new ScaffoldException("studio.nullable=false needs a studio.default: adding a NOT NULL column"
                    + " without a default fails on a table that has rows. Safe path: add it nullable"
                    + " (-Dstudio.nullable=true), backfill it in batches, add CHECK (" + column
                    + " IS NOT NULL) NOT VALID, validate it, then SET NOT NULL");
        }
        if (!nullable) {
            up.append(" NOT NULL");
        }
        up.append(";\n");
        return Scaffold.of(new MigrationDraft("add column " + column + " to " + table.name(), up.toString(),
                "ALTER TABLE " + qualified + " DROP COLUMN " + name + ";\n", true));
    }

    private static void refuseVolatile(String expression) throws ScaffoldException {
        String lower = expression.toLowerCase(Locale.ROOT);
        for (String function : VOLATILE_FUNCTIONS) {
            if (lower.matches("(?s).*\\b" + function + "\\s*\\(.*")) {
                throw new ScaffoldException("studio.default calls " + function + "(), which is volatile: Postgres"
                        + " would rewrite the whole table under an ACCESS EXCLUSIVE lock. Safe path: add the column"
                        + " without a default, then SET DEFAULT in a second migration and backfill in batches");
            }
        }
    }
}
