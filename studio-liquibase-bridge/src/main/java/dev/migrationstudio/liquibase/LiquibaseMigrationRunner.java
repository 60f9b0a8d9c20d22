package dev.migrationstudio.liquibase;

import dev.migrationstudio.core.connect.Credentials;
import dev.migrationstudio.core.source.MigrationScript.ChangeSetRef;
import dev.migrationstudio.core.source.MigrationSourceException;
import liquibase.UpdateSummaryEnum;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.visitor.DefaultChangeExecListener;
import liquibase.command.CommandResults;
import liquibase.command.CommandScope;
import liquibase.command.core.AbstractUpdateCommandStep;
import liquibase.command.core.RollbackCountCommandStep;
import liquibase.command.core.StatusCommandStep;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.resource.ResourceAccessor;

import java.io.OutputStream;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Runs a project's changelog against a real database through Liquibase's own API: {@code update} with the
 * {@code update} command ({@link UpdateCommandStep}), and {@code status} (changesets not yet run) with Liquibase's
 * status logic. Contexts and labels come from the settings, as for {@link LiquibaseMigrationSource}.
 */
public final class LiquibaseMigrationRunner {

    /** A password value in a URL that is not masked already (Liquibase masks some of its messages itself). */
    private static final Pattern UNMASKED_URL_PASSWORD = Pattern.compile("(?i)password=(?!\\*)[^&;\\s]+");
    private static final Pattern UNMASKED_USER_INFO = Pattern.compile("//[^/:@\\s]+:(?!\\*)[^@/\\s]+@");

    private final LiquibaseSettings settings;

    public LiquibaseMigrationRunner(LiquibaseSettings settings) {
        this.settings = settings;
    }

    /**
     * Applies every pending changeset.
     *
     * @return the changesets this call ran, in order
     */
    @SuppressWarnings("try") // ResourceAccessor.close() declares Exception; a failed close is reported like any failure
    public List<ChangeSetRef> update(String jdbcUrl, String user, String password) throws LiquibaseRunException {
        ChangeLogLoader loader = loader(jdbcUrl, password);
        try (ResourceAccessor resourceAccessor = loader.openResourceAccessor()) {
            CommandResults results = LiquibaseScope.call(resourceAccessor, () ->
                    new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.URL_ARG, jdbcUrl)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.USERNAME_ARG, user)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.PASSWORD_ARG, password)
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, loader.changeLogPath())
                            .addArgumentValue(UpdateCommandStep.CONTEXTS_ARG, settings.contexts())
                            .addArgumentValue(UpdateCommandStep.LABEL_FILTER_ARG, settings.labels())
                            .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.OFF)
                            .setOutput(OutputStream.nullOutputStream())
                            .execute());
            Object listener = results.getResult(AbstractUpdateCommandStep.DEFAULT_CHANGE_EXEC_LISTENER_RESULT_KEY);
            return listener instanceof DefaultChangeExecListener executed
                    ? refs(executed.getDeployedChangeSets())
                    : List.of();
        } catch (Exception e) {
            throw failure("update", jdbcUrl, password, e);
        }
    }

    /**
     * Rolls back the last {@code count} changesets that ran, newest first, with their {@code rollback} SQL
     * (Liquibase's {@code rollbackCount} command).
     */
    @SuppressWarnings("try") // ResourceAccessor.close() declares Exception; a failed close is reported like any failure
    public void rollbackCount(String jdbcUrl, String user, String password, int count) throws LiquibaseRunException {
        ChangeLogLoader loader = loader(jdbcUrl, password);
        try (ResourceAccessor resourceAccessor = loader.openResourceAccessor()) {
            LiquibaseScope.call(resourceAccessor, () -> new CommandScope(RollbackCountCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.URL_ARG, jdbcUrl)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.USERNAME_ARG, user)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.PASSWORD_ARG, password)
                    .addArgumentValue("changelogFile", loader.changeLogPath())
                    .addArgumentValue(RollbackCountCommandStep.COUNT_ARG, count)
                    .addArgumentValue("contexts", settings.contexts())
                    .addArgumentValue("labelFilter", settings.labels())
                    .setOutput(OutputStream.nullOutputStream())
                    .execute());
        } catch (Exception e) {
            throw failure("roll back " + count + " changeset(s) on", jdbcUrl, password, e);
        }
    }

    /** The changesets that apply under the settings' contexts and labels and have not run yet, in order. */
    @SuppressWarnings("try") // ResourceAccessor.close() declares Exception; a failed close is reported like any failure
    public List<ChangeSetRef> status(String jdbcUrl, String user, String password) throws LiquibaseRunException {
        ChangeLogLoader loader = loader(jdbcUrl, password);
        try (ResourceAccessor resourceAccessor = loader.openResourceAccessor()) {
            return LiquibaseScope.call(resourceAccessor, () -> {
                Database database = DatabaseFactory.getInstance()
                        .openDatabase(jdbcUrl, user, password, null, resourceAccessor);
                try {
                    DatabaseChangeLog changeLog = loader.parse(resourceAccessor, database);
                    return refs(new StatusCommandStep()
                            .listUnrunChangeSets(loader.contexts(), loader.labels(), changeLog, database));
                } finally {
                    database.close();
                }
            });
        } catch (Exception e) {
            throw failure("status", jdbcUrl, password, e);
        }
    }

    private ChangeLogLoader loader(String jdbcUrl, String password) throws LiquibaseRunException {
        try {
            return new ChangeLogLoader(settings);
        } catch (MigrationSourceException e) {
            throw failure("read the changelog for", jdbcUrl, password, e);
        }
    }

    private static List<ChangeSetRef> refs(List<ChangeSet> changeSets) {
        return changeSets.stream().map(LiquibaseChangeSet::refOf).toList();
    }

    private LiquibaseRunException failure(String action, String jdbcUrl, String password, Exception cause) {
        String detail = cause instanceof MigrationSourceException ? cause.getMessage() : LiquibaseErrors.detail(cause);
        String message = "Liquibase could not " + action + " " + masked(jdbcUrl, password) + " with changelog '"
                + settings.changeLogFile() + "' (setting " + LiquibaseSettings.CHANGE_LOG_FILE + "): "
                + masked(detail, password);
        return new LiquibaseRunException(message, mentionsSecret(cause, password) ? null : cause);
    }

    /** A cause whose messages carry the password must not reach a stack trace. */
    static boolean mentionsSecret(Throwable cause, String password) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (UNMASKED_URL_PASSWORD.matcher(message).find()
                    || UNMASKED_USER_INFO.matcher(message).find()
                    || password != null && !password.isEmpty() && message.contains(password))) {
                return true;
            }
        }
        return false;
    }

    /** Never a password in a message: neither in URL parameters, nor in user info, nor echoed by the driver. */
    static String masked(String text, String password) {
        return Credentials.scrub(text, password);
    }
}
