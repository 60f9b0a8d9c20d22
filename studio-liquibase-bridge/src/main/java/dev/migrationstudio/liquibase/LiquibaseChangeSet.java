package dev.migrationstudio.liquibase;

import dev.migrationstudio.core.source.MigrationScript;
import dev.migrationstudio.core.source.MigrationScript.ChangeSetRef;
import liquibase.changelog.ChangeSet;

import java.util.Optional;

/**
 * One changeset as the Liquibase bridge reads it: the core's script, plus what only Liquibase knows.
 *
 * @param script      the changeset's forward SQL and coordinates
 * @param rollbackSql the SQL of its declared {@code rollback} (empty text for an empty declared rollback), or empty
 *                    when it declares none; rollbacks Liquibase could infer (createTable to dropTable) are not computed
 */
public record LiquibaseChangeSet(MigrationScript script, Optional<String> rollbackSql) {

    public ChangeSetRef ref() {
        return script.changeSet();
    }

    /** Coordinates of a Liquibase changeset, with the changelog path Liquibase records in its history table. */
    static ChangeSetRef refOf(ChangeSet changeSet) {
        return new ChangeSetRef(changeSet.getFilePath(), changeSet.getId(), changeSet.getAuthor());
    }
}
