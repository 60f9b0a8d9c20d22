package dev.migrationstudio.liquibase;

import liquibase.change.AbstractSQLChange;
import liquibase.change.Change;
import liquibase.change.DbmsTargetedChange;
import liquibase.change.core.EmptyChange;
import liquibase.change.core.ExecuteShellCommandChange;
import liquibase.change.core.OutputChange;
import liquibase.change.core.StopChange;
import liquibase.change.core.TagDatabaseChange;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseList;
import liquibase.sql.Sql;
import liquibase.sql.visitor.SqlVisitor;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.SqlStatement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SQL a changeset would run on PostgreSQL, computed without a database: each change's statements
 * ({@code generateStatements}) rendered by Liquibase's SQL generators. Raw SQL ({@code sql}, {@code sqlFile},
 * formatted SQL) is kept as written. Nothing here reads or writes history, so the result depends on the changelog only.
 */
final class ChangeSetSqlGenerator {

    private final Database database;

    ChangeSetSqlGenerator(Database database) {
        this.database = database;
    }

    /** The forward SQL of a changeset, with its {@code modifySql} visitors applied. */
    String forwardSql(ChangeSet changeSet) throws ChangeGenerationException {
        return SqlText.join(statements(changeSet.getChanges(), changeSet, false));
    }

    /** The SQL of the changeset's declared {@code rollback}, or empty when it declares none. */
    Optional<String> declaredRollbackSql(ChangeSet changeSet) throws ChangeGenerationException {
        List<Change> rollbackChanges = changeSet.getRollback().getChanges();
        if (rollbackChanges.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(SqlText.join(statements(rollbackChanges, changeSet, true)));
    }

    private List<String> statements(List<Change> changes, ChangeSet changeSet, boolean rollback)
            throws ChangeGenerationException {
        List<String> statements = new ArrayList<>();
        for (Change change : changes) {
            try {
                statements.addAll(statementsOf(change, changeSet, rollback));
            } catch (Exception e) {
                throw new ChangeGenerationException(change.getSerializedObjectName(), LiquibaseErrors.detail(e), e);
            }
        }
        return statements;
    }

    private List<String> statementsOf(Change change, ChangeSet changeSet, boolean rollback) throws Exception {
        if (change instanceof DbmsTargetedChange targeted
                && !DatabaseList.definitionMatches(targeted.getDbms(), database, true)) {
            return List.of();
        }
        if (change instanceof EmptyChange || change instanceof OutputChange || change instanceof TagDatabaseChange) {
            // No SQL of the project: output only prints, tagDatabase only writes Liquibase's own history table.
            return List.of();
        }
        if (change instanceof ExecuteShellCommandChange || change instanceof StopChange) {
            // Generating these would run the command or stop; they are not SQL, so say so in the text instead.
            return List.of("-- studio: " + change.getSerializedObjectName() + " is not SQL and is not run offline");
        }
        if (change instanceof AbstractSQLChange raw) {
            String sql = applyVisitors(raw.getSql(), changeSet, rollback);
            return SqlText.rawStatements(sql, raw.getEndDelimiter(), changeSet);
        }
        List<String> statements = new ArrayList<>();
        for (SqlStatement statement : change.generateStatements(database)) {
            Sql[] rendered = SqlGeneratorFactory.getInstance().generateSql(statement, database);
            if (rendered == null) {
                continue;
            }
            for (Sql sql : rendered) {
                statements.add(SqlText.terminateGenerated(applyVisitors(sql.toSql(), changeSet, rollback)));
            }
        }
        if (statements.isEmpty() && change.generateStatementsVolatile(database)) {
            return List.of("-- studio: " + change.getSerializedObjectName()
                    + " depends on the live database; its SQL cannot be known offline");
        }
        return statements;
    }

    /**
     * {@code modifySql} visitors. The changeset filters already dropped those for other contexts, labels and dbms.
     * On raw SQL they apply to the text as a whole, not per statement as Liquibase does after its own split.
     */
    private String applyVisitors(String sql, ChangeSet changeSet, boolean rollback) {
        String result = sql;
        for (SqlVisitor visitor : changeSet.getSqlVisitors()) {
            boolean forDatabase = visitor.getApplicableDbms() == null || visitor.getApplicableDbms().isEmpty()
                    || DatabaseList.definitionMatches(visitor.getApplicableDbms(), database, true);
            if (result != null && forDatabase && (!rollback || visitor.isApplyToRollback())) {
                result = visitor.modifySql(result, database);
            }
        }
        return result;
    }

    /** A change whose SQL Liquibase could not generate. */
    static final class ChangeGenerationException extends Exception {
        private final String changeName;

        ChangeGenerationException(String changeName, String detail, Throwable cause) {
            super(detail, cause);
            this.changeName = changeName;
        }

        String changeName() {
            return changeName;
        }
    }
}
