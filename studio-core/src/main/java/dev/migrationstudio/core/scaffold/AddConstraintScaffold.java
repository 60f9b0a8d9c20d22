package dev.migrationstudio.core.scaffold;

import java.util.List;
import java.util.Locale;

/**
 * {@code add-constraint} on an existing table, in two migrations so no step holds a long lock:
 * <ul>
 * <li>foreign key and check: added {@code NOT VALID} (no scan of existing rows), then validated by a second
 * migration ({@code VALIDATE CONSTRAINT} takes a lock that lets reads and writes go on);</li>
 * <li>unique: a unique index built concurrently, then attached with {@code ADD CONSTRAINT ... UNIQUE USING INDEX}.</li>
 * </ul>
 */
public final class AddConstraintScaffold {
    private AddConstraintScaffold() {
    }

    /** The kind of constraint, and what each needs. */
    public sealed interface Kind {
        /** {@code onDelete} null for Postgres' default (NO ACTION). */
        record ForeignKey(List<String> columns, TableRef references, List<String> referencedColumns, String onDelete)
                implements Kind {
        }

        record Check(String expression) implements Kind {
        }

        record Unique(List<String> columns) implements Kind {
        }
    }

    public static Scaffold generate(TableRef table, String name, Kind kind) throws ScaffoldException {
        String qualified = ScaffoldNames.qualified("studio.entity", table);
        String constraint = ScaffoldNames.identifier("studio.name", name);
        String drop = "ALTER TABLE " + qualified + " DROP CONSTRAINT " + constraint + ";\n";
        if (kind instanceof Kind.Unique unique) {
            MigrationDraft index = AddIndexScaffold.draft(table, name, unique.columns(), true,
                    "add unique index " + name + " on " + table.name());
            MigrationDraft attach = new MigrationDraft("add unique constraint " + name + " on " + table.name(),
                    LockTimeout.SET_LOCAL + "ALTER TABLE " + qualified + " ADD CONSTRAINT " + constraint + " UNIQUE USING INDEX "
                            + constraint + ";\n", drop, true);
            return new Scaffold(List.of(index, attach), List.of());
        }
        String definition = kind instanceof Kind.Check check
                ? "CHECK " + Fragments.expression("studio.expression", check.expression())
                : foreignKey((Kind.ForeignKey) kind);
        MigrationDraft add = new MigrationDraft("add constraint " + name + " on " + table.name(),
                LockTimeout.SET_LOCAL + "ALTER TABLE " + qualified + " ADD CONSTRAINT " + constraint + " " + definition + " NOT VALID;\n",
                drop, true);
        MigrationDraft validate = new MigrationDraft("validate constraint " + name + " on " + table.name(),
                LockTimeout.SET_LOCAL + "ALTER TABLE " + qualified + " VALIDATE CONSTRAINT " + constraint + ";\n",
                "-- Nothing to undo: a validated constraint is dropped by the rollback of the migration that added it.\n",
                true);
        return new Scaffold(List.of(add, validate), List.of());
    }

    private static String foreignKey(Kind.ForeignKey fk) throws ScaffoldException {
        String sql = "FOREIGN KEY (" + ScaffoldNames.columnList("studio.columns", fk.columns()) + ") REFERENCES "
                + ScaffoldNames.qualified("studio.references", fk.references()) + " ("
                + ScaffoldNames.columnList("studio.referencedColumns", fk.referencedColumns()) + ")";
        return fk.onDelete() == null || fk.onDelete().isBlank() ? sql : sql + " ON DELETE " + onDelete(fk.onDelete());
    }

    private static String onDelete(String action) throws ScaffoldException {
        String upper = action.trim().toUpperCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
        if (!List.of("NO ACTION", "RESTRICT", "CASCADE", "SET NULL", "SET DEFAULT").contains(upper)) {
            throw new ScaffoldException("studio.onDelete '" + action + "' is not a referential action: use no action,"
                    + " restrict, cascade, set null or set default");
        }
        return upper;
    }
}
