package dev.migrationstudio.core.lint.rules;

import dev.migrationstudio.core.sql.parse.QualifiedName;
import dev.migrationstudio.core.sql.parse.TableConstraint;

/** A constraint written back as {@code ADD CONSTRAINT ... NOT VALID} plus the later VALIDATE. */
final class ConstraintSql {
    private ConstraintSql() {
    }

    static String notValidThenValidate(QualifiedName table, TableConstraint constraint, String suffix) {
        String name = constraint.name() != null ? Sql.ident(constraint.name())
                : Sql.derivedName(table, constraint.columns(), suffix);
        return "ALTER TABLE " + Sql.name(table) + " ADD CONSTRAINT " + name + " " + body(constraint)
                + " NOT VALID;\n-- in a later migration (its own transaction):\nALTER TABLE " + Sql.name(table)
                + " VALIDATE CONSTRAINT " + name + ";";
    }

    private static String body(TableConstraint c) {
        if (c.kind() == TableConstraint.Kind.CHECK) {
            return "CHECK (" + c.expression() + ")";
        }
        TableConstraint.References references = c.references();
        StringBuilder sql = new StringBuilder("FOREIGN KEY (").append(Sql.columns(c.columns())).append(") REFERENCES ")
                .append(Sql.name(references.table()));
        if (!references.columns().isEmpty()) {
            sql.append(" (").append(Sql.columns(references.columns())).append(')');
        }
        if (references.onDelete() != null) {
            sql.append(" ON DELETE ").append(references.onDelete());
        }
        if (references.onUpdate() != null) {
            sql.append(" ON UPDATE ").append(references.onUpdate());
        }
        return sql.toString();
    }
}
