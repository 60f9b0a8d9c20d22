package dev.migrationstudio.core.shadow;

import dev.migrationstudio.core.introspect.SchemaSnapshot.ReplayFailure;
import dev.migrationstudio.core.report.StudioLog;
import dev.migrationstudio.core.source.MigrationScript;
import dev.migrationstudio.core.source.SourceProblem;
import dev.migrationstudio.core.sql.split.SplitResult;
import dev.migrationstudio.core.sql.split.SqlSplitter;
import dev.migrationstudio.core.sql.split.SqlStatement;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Runs a migration history into a database statement by statement, in autocommit, so one failing statement
 * (an extension the embedded server lacks, say) is recorded with its file, line and the server's error and the
 * rest of the history still runs. psql meta-commands are recorded, never executed.
 */
public final class HistoryReplayer {
    private static final int STATEMENT_PREVIEW = 120;

    private final StudioLog log;
    private final Path baseDirectory;

    /** Files in failures are shown relative to {@code baseDirectory} (the project), so artifacts are portable. */
    public HistoryReplayer(StudioLog log, Path baseDirectory) {
        this.log = log;
        this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
    }

    /** What a replay did: how many statements ran, and every one that did not. */
    public record Outcome(int scripts, int statements, List<ReplayFailure> failures) {
        public Outcome {
            failures = List.copyOf(failures);
        }
    }

    public Outcome replay(Connection connection, List<MigrationScript> scripts) throws SQLException {
        connection.setAutoCommit(true);
        List<ReplayFailure> failures = new ArrayList<>();
        int executed = 0;
        for (int i = 0; i < scripts.size(); i++) {
            MigrationScript script = scripts.get(i);
            executed += replayScript(connection, script, failures);
            log.progress("replayed", i + 1, scripts.size());
        }
        return new Outcome(scripts.size(), executed, failures);
    }

    private int replayScript(Connection connection, MigrationScript script, List<ReplayFailure> failures)
            throws SQLException {
        String file = displayName(script);
        SplitResult split = SqlSplitter.split(script.sql());
        int executed = 0;
        for (SqlStatement statement : split.statements()) {
            int line = script.firstLine() + statement.start().line() - 1;
            if (statement.kind() == SqlStatement.Kind.PSQL_META) {
                failures.add(new ReplayFailure(file, line, preview(statement.text()),
                        "psql meta-command: not executed (the migration tool would not run it either)"));
                continue;
            }
            try {
                execute(connection, statement);
                executed++;
            } catch (SQLException e) {
                if (connection.isClosed() || !connection.isValid(5)) {
                    throw e;
                }
                failures.add(new ReplayFailure(file, line, preview(statement.text()), e.getMessage()));
            }
        }
        if (!split.ok()) {
            int line = script.firstLine() + split.error().position().line() - 1;
            failures.add(new ReplayFailure(file, line, "", "not run: " + split.error().message()));
        }
        return executed;
    }

    /** Files the source could not read are failures too: their statements never ran. */
    public List<ReplayFailure> unreadable(List<SourceProblem> problems) {
        return problems.stream()
                .map(problem -> new ReplayFailure(displayName(problem.file()), problem.line(), "",
                        "not replayed: " + problem.message()))
                .toList();
    }

    private String displayName(MigrationScript script) {
        return script.file() == null ? script.id() : displayName(script.file());
    }

    private String displayName(Path path) {
        Path file = path.toAbsolutePath().normalize();
        return file.startsWith(baseDirectory) ? baseDirectory.relativize(file).toString() : path.toString();
    }

    private static void execute(Connection connection, SqlStatement statement) throws SQLException {
        if (statement.kind() == SqlStatement.Kind.COPY_FROM_STDIN) {
            try {
                connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn(statement.text(), new StringReader(statement.copyData()));
            } catch (IOException e) {
                throw new SQLException("COPY data could not be read: " + e.getMessage(), e);
            }
            return;
        }
        try (Statement jdbc = connection.createStatement()) {
            jdbc.execute(statement.text());
        }
    }

    private static String preview(String text) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= STATEMENT_PREVIEW ? oneLine : oneLine.substring(0, STATEMENT_PREVIEW) + "...";
    }
}
