package dev.migrationstudio.core.scaffold;

import dev.migrationstudio.core.sql.split.SqlSplitter;
import java.util.Objects;

/**
 * One migration a scaffold wants written: its SQL, the SQL that undoes it, and whether the tool may run it in a
 * transaction. A non-transactional draft holds exactly one statement: with no transaction around it, a second
 * statement failing would leave the first applied and the migration half done.
 *
 * @param description   what it does, in a few words ({@code create table todos}); writers turn it into a file name
 * @param upSql         the migration, statements ending with {@code ;}
 * @param downSql       the rollback, or a comment saying why there is nothing to undo
 * @param transactional false for statements Postgres refuses in a transaction ({@code CREATE INDEX CONCURRENTLY})
 */
public record MigrationDraft(String description, String upSql, String downSql, boolean transactional) {

    public MigrationDraft {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(upSql, "upSql");
        Objects.requireNonNull(downSql, "downSql");
        if (!transactional) {
            requireOneStatement(upSql, "upSql");
            requireOneStatement(downSql, "downSql");
        }
    }

    private static void requireOneStatement(String sql, String part) {
        int statements = SqlSplitter.split(sql).statements().size();
        if (statements > 1) {
            throw new IllegalArgumentException("A non-transactional draft holds one statement, its " + part + " has "
                    + statements);
        }
    }
}
