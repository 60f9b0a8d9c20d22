package dev.migrationstudio.core.sql.parse;

import java.io.Serializable;

/** One action of an {@code ALTER TABLE}. */
public sealed interface AlterAction extends Serializable {

    record AddColumn(ColumnDefinition column, boolean ifNotExists) implements AlterAction {
    }

    record DropColumn(String column, boolean ifExists, boolean cascade) implements AlterAction {
    }

    /** {@code ALTER COLUMN c TYPE t [COLLATE x] [USING expr]}; {@code using} is null when absent. */
    record AlterColumnType(String column, String type, String collation, String using) implements AlterAction {
    }

    record SetNotNull(String column) implements AlterAction {
    }

    record DropNotNull(String column) implements AlterAction {
    }

    record SetDefault(String column, String expression) implements AlterAction {
    }

    record DropDefault(String column) implements AlterAction {
    }

    /** {@code ALTER COLUMN c ADD GENERATED ... AS IDENTITY}. */
    record AddIdentity(String column, ColumnDefinition.Identity identity) implements AlterAction {
    }

    record DropIdentity(String column, boolean ifExists) implements AlterAction {
    }

    /** {@code NOT VALID} is in the constraint itself ({@link TableConstraint#notValid()}). */
    record AddConstraint(TableConstraint constraint) implements AlterAction {
        public boolean notValid() {
            return constraint.notValid();
        }
    }

    record DropConstraint(String name, boolean ifExists, boolean cascade) implements AlterAction {
    }

    record ValidateConstraint(String name) implements AlterAction {
    }

    record RenameColumn(String from, String to) implements AlterAction {
    }

    record RenameConstraint(String from, String to) implements AlterAction {
    }

    record EnableRls() implements AlterAction {
    }

    record DisableRls() implements AlterAction {
    }

    record ForceRls() implements AlterAction {
    }

    record NoForceRls() implements AlterAction {
    }

    /** {@code bound} is the source text after the partition name ({@code FOR VALUES ...} or {@code DEFAULT}). */
    record AttachPartition(QualifiedName partition, String bound) implements AlterAction {
    }

    record DetachPartition(QualifiedName partition, boolean concurrently, boolean finalizing) implements AlterAction {
    }

    /** {@code SET LOGGED} ({@code logged} true) or {@code SET UNLOGGED}: both rewrite the table. */
    record SetLogged(boolean logged) implements AlterAction {
    }

    record OwnerTo(String role) implements AlterAction {
    }

    /** {@code SET SCHEMA s}. */
    record SetSchema(String schema) implements AlterAction {
    }

    /** An action the readers keep only as text (SET STORAGE, REPLICA IDENTITY, SET (options), ...). */
    record Other(String text) implements AlterAction {
    }
}
