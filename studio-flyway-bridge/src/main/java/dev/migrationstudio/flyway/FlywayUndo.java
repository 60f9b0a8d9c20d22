package dev.migrationstudio.flyway;

import dev.migrationstudio.core.connect.Credentials;
import dev.migrationstudio.core.source.MigrationScript;
import dev.migrationstudio.core.source.MigrationSourceException;
import dev.migrationstudio.core.sql.split.SplitResult;
import dev.migrationstudio.core.sql.split.SqlSplitter;
import dev.migrationstudio.core.sql.split.SqlStatement;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs a versioned migration's undo script ({@code U<version>__...sql}) the way Flyway Teams would, since Flyway
 * Community does not: its statements in one transaction (or one by one when its {@code .conf} says
 * {@code executeInTransaction=false}), then the version's row leaves {@code flyway_schema_history} so Flyway sees
 * the migration as pending again.
 */
public final class FlywayUndo {
    private final FlywaySettings settings;

    public FlywayUndo(FlywaySettings settings) {
        this.settings = settings;
    }

    public void undo(String jdbcUrl, String user, String password, String version) throws FlywayRunException {
        MigrationScript script;
        try {
            script = new FlywayMigrationSource(settings).undoScript(version).orElseThrow(() -> new FlywayRunException(
                    "No undo script for version " + version + " in " + settings.locations(), null));
        } catch (MigrationSourceException e) {
            throw new FlywayRunException(e.getMessage(), e);
        }
        SplitResult split = SqlSplitter.split(script.sql());
        if (!split.ok()) {
            throw new FlywayRunException(script.file() + " line " + split.error().position().line() + ": "
                    + split.error().message(), null);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
            connection.setAutoCommit(!script.transactional());
            try (Statement statement = connection.createStatement()) {
                for (SqlStatement sql : split.statements()) {
                    statement.execute(sql.text());
                }
            }
            try (PreparedStatement forget = connection.prepareStatement(
                    "DELETE FROM flyway_schema_history WHERE version = ?")) {
                forget.setString(1, version);
                forget.executeUpdate();
            }
            if (script.transactional()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new FlywayRunException("Undo of version " + version + " (" + script.file().getFileName()
                    + ") failed on " + Credentials.maskUrl(jdbcUrl) + ": " + Credentials.scrub(e.getMessage(), password), null);
        }
    }
}
