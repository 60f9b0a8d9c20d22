package dev.migrationstudio.core.audit.rls;

import dev.migrationstudio.core.schema.Column;
import dev.migrationstudio.core.schema.Constraint;
import dev.migrationstudio.core.schema.Table;
import java.util.List;
import java.util.Optional;

/**
 * Finds the column that says which user owns a row: the first {@code uuid} column named {@code user_id},
 * {@code owner_id}, {@code created_by}, {@code profile_id} or {@code author_id} (in that order), else an
 * {@code id} column that is a foreign key to {@code auth.users} (a profile table keyed by the user's id).
 */
final class OwnerColumns {
    private static final List<String> OWNER_NAMES = List.of("user_id", "owner_id", "created_by", "profile_id",
            "author_id");
    private static final String AUTH_USERS = "auth.users";

    private OwnerColumns() {
    }

    static Optional<String> of(Table table) {
        for (String name : OWNER_NAMES) {
            if (uuidColumn(table, name).isPresent()) {
                return Optional.of(name);
            }
        }
        return uuidColumn(table, "id").filter(id -> referencesAuthUsers(table, id.name())).map(Column::name);
    }

    private static Optional<Column> uuidColumn(Table table, String name) {
        return table.columns().stream()
                .filter(c -> c.name().equals(name) && "uuid".equals(c.type()))
                .findFirst();
    }

    private static boolean referencesAuthUsers(Table table, String column) {
        return table.constraints().stream().anyMatch(c -> c.kind() == Constraint.ConstraintKind.FOREIGN_KEY
                && c.columns().equals(List.of(column))
                && c.references() != null && AUTH_USERS.equals(c.references().table()));
    }
}
